import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/hooks/use-format';
import type { PurchaseDay } from '../types';
import { BarChart, type BarChartOption } from './bar-chart';
import { Panel } from './panel';

/** The customer's latest purchase days (newest first from the server), oldest on the left. */
export function PurchaseDaysPanel({ days, currency }: { days: PurchaseDay[]; currency: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const option = useMemo<BarChartOption>(() => {
    const chronological = [...days].reverse();
    return {
      grid: { left: 8, right: 8, top: 16, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (amount) => format.money(Number(amount), currency) },
      xAxis: { type: 'category', data: chronological.map((day) => format.day(day.day)), axisLabel: { color: '#475569' } },
      yAxis: { type: 'value', axisLabel: { color: '#64748b', formatter: (amount: number) => format.number(amount) } },
      series: [
        {
          type: 'bar',
          name: t('customers.purchases.amount'),
          data: chronological.map((day) => Number(day.amount)),
          barMaxWidth: 28,
          itemStyle: { color: '#4f46e5', borderRadius: [4, 4, 0, 0] },
        },
      ],
    };
  }, [days, currency, format, t]);

  return (
    <Panel title={t('customers.purchases.title')} testId="purchase-days-panel">
      {days.length === 0 ? (
        <p className="muted">{t('customers.purchases.none')}</p>
      ) : (
        <BarChart option={option} label={t('customers.purchases.chartLabel', { count: days.length })} testId="purchase-days-chart" />
      )}
    </Panel>
  );
}
