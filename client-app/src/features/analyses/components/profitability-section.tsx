import { useTranslation } from 'react-i18next';
import { useFormat } from '@/hooks/use-format';
import { useProfitabilitySummary } from '../api/get-profitability-summary';
import type { ProfitabilitySummary } from '../types';
import { AnalysisResult } from './analysis-result';
import { KeyFigures } from './key-figures';
import { ProfitTable } from './profit-table';

export function ProfitabilitySection() {
  const summary = useProfitabilitySummary();
  return (
    <AnalysisResult query={summary} isEmpty={(data) => Number(data.customers) === 0}>
      {(data) => <Profitability summary={data} />}
    </AnalysisResult>
  );
}

function Profitability({ summary }: { summary: ProfitabilitySummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <KeyFigures
        figures={[
          { label: t('analyses.customers'), value: format.number(summary.customers) },
          { label: t('analyses.orders'), value: format.number(summary.orders) },
          { label: t('analyses.revenue'), value: format.money(summary.revenue) },
          { label: t('analyses.profitability.costOfGoods'), value: format.money(summary.costOfGoods) },
          { label: t('analyses.profitability.discounts'), value: format.money(summary.discounts) },
          { label: t('analyses.profitability.refunds'), value: format.money(summary.refunds) },
          { label: t('analyses.profitability.serviceCost'), value: format.money(summary.serviceCost) },
          { label: t('analyses.profitability.profit'), value: format.money(summary.profit), testId: 'profit-total' },
          { label: t('analyses.profitability.unprofitable'), value: format.number(summary.unprofitableCustomers), testId: 'unprofitable' },
          { label: t('analyses.profitability.ordersWithCost'), value: format.number(summary.ordersWithCost) },
        ]}
      />
      {summary.notes.length > 0 && (
        <ul className="analysis-notes muted" data-testid="profitability-notes">
          {summary.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <h3 className="analysis-subtitle">{t('analyses.profitability.mostProfitable')}</h3>
      <ProfitTable order="desc" />
      <h3 className="analysis-subtitle">{t('analyses.profitability.leastProfitable')}</h3>
      <ProfitTable order="asc" />
    </>
  );
}
