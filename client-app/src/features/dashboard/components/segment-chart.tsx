import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSegmentLabel, type SegmentRow } from '../segments';
import { EChart, type BarChartOption } from './e-chart';

export function SegmentChart({ rows }: { rows: SegmentRow[] }) {
  const { t } = useTranslation();
  const label = useSegmentLabel();

  const option = useMemo<BarChartOption>(
    () => ({
      grid: { left: 8, right: 8, top: 16, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: {
        type: 'category',
        data: rows.map((row) => label(row.segment)),
        axisLabel: { interval: 0, rotate: 35, color: '#475569' },
        axisTick: { alignWithLabel: true },
      },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { color: '#64748b' } },
      series: [
        {
          type: 'bar',
          name: t('dashboard.customers'),
          data: rows.map((row) => row.customers),
          barMaxWidth: 36,
          itemStyle: { color: '#4f46e5', borderRadius: [4, 4, 0, 0] },
        },
      ],
    }),
    [rows, label, t],
  );

  return (
    <EChart
      option={option}
      className="segment-chart"
      data-testid="segment-chart"
      role="img"
      aria-label={t('dashboard.chartLabel')}
    />
  );
}
