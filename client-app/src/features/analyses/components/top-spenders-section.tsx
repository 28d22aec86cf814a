import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '@/components/data-table';
import { useFormat } from '@/hooks/use-format';
import { useTopSpenders } from '../api/get-top-spenders';
import { useTraitLabel } from '../trait-label';
import type { TopSpenders, TraitComparison } from '../types';
import { useShareFormat } from '../use-share-format';
import { AnalysisResult } from './analysis-result';
import { ChoiceField } from './choice-field';
import { KeyFigures } from './key-figures';

const SHARE_CHOICES = [0.05, 0.1, 0.2, 0.3, 0.5] as const;

export function TopSpendersSection() {
  const { t } = useTranslation();
  const share = useShareFormat();
  const [topShare, setTopShare] = useState<number>(0.1);
  const spenders = useTopSpenders(topShare);
  return (
    <>
      <div className="analysis-controls">
        <ChoiceField
          label={t('analyses.topSpenders.share')}
          value={topShare}
          choices={SHARE_CHOICES.map((value) => ({ value, label: t('analyses.topSpenders.topShare', { share: share(value) }) }))}
          onChange={setTopShare}
          data-testid="top-spenders-share"
        />
      </div>
      <AnalysisResult query={spenders} isEmpty={(data) => Number(data.topCustomers) === 0}>
        {(data) => <SpenderComparison spenders={data} />}
      </AnalysisResult>
    </>
  );
}

function SpenderComparison({ spenders }: { spenders: TopSpenders }) {
  const { t } = useTranslation();
  const format = useFormat();
  const share = useShareFormat();
  const traitLabel = useTraitLabel();
  const columns = useMemo<Column<TraitComparison>[]>(
    () => [
      { id: 'trait', header: t('analyses.trait'), cell: (trait) => traitLabel(trait.dimension) },
      { id: 'value', header: t('analyses.value'), cell: (trait) => <strong>{trait.value ?? t('analyses.notReported')}</strong> },
      { id: 'topShare', header: t('analyses.topSpenders.inTop'), cell: (trait) => share(trait.topShare), numeric: true },
      { id: 'restShare', header: t('analyses.topSpenders.inRest'), cell: (trait) => share(trait.restShare), numeric: true },
      { id: 'lift', header: t('analyses.topSpenders.lift'), cell: (trait) => (trait.lift === null ? '—' : format.decimal(trait.lift)), numeric: true },
    ],
    [t, format, share, traitLabel],
  );
  return (
    <>
      <KeyFigures
        figures={[
          { label: t('analyses.topSpenders.threshold'), value: format.money(spenders.revenueThreshold) },
          { label: t('analyses.topSpenders.topCustomers'), value: format.number(spenders.topCustomers), testId: 'top-customers' },
          { label: t('analyses.topSpenders.otherCustomers'), value: format.number(spenders.otherCustomers) },
          { label: t('analyses.topSpenders.averageOrderValue'), value: `${format.money(spenders.top.averageOrderValue)} / ${format.money(spenders.rest.averageOrderValue)}` },
          { label: t('analyses.topSpenders.purchaseDays'), value: `${format.decimal(spenders.top.purchaseDays)} / ${format.decimal(spenders.rest.purchaseDays)}` },
        ]}
      />
      <p className="muted">{t('analyses.topSpenders.sampled', { count: Number(spenders.sampledCustomers), customers: format.number(spenders.sampledCustomers) })}</p>
      <DataTable
        label={t('analyses.topSpenders.tableLabel')}
        columns={columns}
        rows={spenders.traits}
        rowKey={(trait) => `${trait.dimension}\n${trait.value ?? ''}`}
        rowAttributes={() => ({ 'data-testid': 'trait-row' })}
        empty={t('analyses.noData')}
      />
    </>
  );
}
