import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '@/components/data-table';
import { useFormat } from '@/hooks/use-format';
import { useCrossSell } from '../api/get-cross-sell';
import type { CategoryPair, CrossSell } from '../types';
import { useShareFormat } from '../use-share-format';
import { AnalysisResult } from './analysis-result';
import { ChoiceField } from './choice-field';
import { KeyFigures } from './key-figures';

const SUPPORT_CHOICES = [0.005, 0.01, 0.02, 0.05] as const;

export function CrossSellSection() {
  const { t } = useTranslation();
  const share = useShareFormat();
  const [minSupport, setMinSupport] = useState<number>(0.01);
  const crossSell = useCrossSell(minSupport);
  return (
    <>
      <div className="analysis-controls">
        <ChoiceField
          label={t('analyses.crossSell.minSupport')}
          value={minSupport}
          choices={SUPPORT_CHOICES.map((value) => ({ value, label: share(value) }))}
          onChange={setMinSupport}
          data-testid="cross-sell-support"
        />
      </div>
      <AnalysisResult query={crossSell} isEmpty={(data) => data.pairs.length === 0}>
        {(data) => <PairTable crossSell={data} />}
      </AnalysisResult>
    </>
  );
}

function PairTable({ crossSell }: { crossSell: CrossSell }) {
  const { t } = useTranslation();
  const format = useFormat();
  const share = useShareFormat();
  const columns = useMemo<Column<CategoryPair>[]>(
    () => [
      { id: 'pair', header: t('analyses.crossSell.pair'), cell: (pair) => <strong>{t('analyses.crossSell.together', { a: pair.a, b: pair.b })}</strong> },
      { id: 'orders', header: t('analyses.orders'), cell: (pair) => format.number(pair.orders), numeric: true },
      { id: 'support', header: t('analyses.crossSell.support'), cell: (pair) => share(pair.support), numeric: true },
      { id: 'confidenceAToB', header: t('analyses.crossSell.confidenceAToB'), cell: (pair) => share(pair.confidenceAToB), numeric: true },
      { id: 'confidenceBToA', header: t('analyses.crossSell.confidenceBToA'), cell: (pair) => share(pair.confidenceBToA), numeric: true },
      { id: 'lift', header: t('analyses.crossSell.lift'), cell: (pair) => format.decimal(pair.lift), numeric: true },
    ],
    [t, format, share],
  );
  return (
    <>
      <KeyFigures figures={[{ label: t('analyses.crossSell.ordersAnalysed'), value: format.number(crossSell.orders) }]} />
      <p className="muted">{t('analyses.crossSell.liftHint')}</p>
      <DataTable
        label={t('analyses.crossSell.tableLabel')}
        columns={columns}
        rows={crossSell.pairs}
        rowKey={(pair) => `${pair.a}\n${pair.b}`}
        rowAttributes={() => ({ 'data-testid': 'cross-sell-row' })}
        empty={t('analyses.noData')}
      />
    </>
  );
}
