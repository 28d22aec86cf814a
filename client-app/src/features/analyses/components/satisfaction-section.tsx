import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '@/components/data-table';
import { useFormat } from '@/hooks/use-format';
import { useSatisfaction, type SatisfactionBy } from '../api/get-satisfaction';
import { useTraitLabel } from '../trait-label';
import type { SatisfactionGroup } from '../types';
import { useShareFormat } from '../use-share-format';
import { AnalysisResult } from './analysis-result';
import { ChoiceField } from './choice-field';

const GROUPINGS = ['product', 'region'] as const satisfies readonly SatisfactionBy[];
const CONTRASTS_SHOWN = 3;

export function SatisfactionSection() {
  const { t } = useTranslation();
  const [by, setBy] = useState<SatisfactionBy>('product');
  const satisfaction = useSatisfaction(by);
  return (
    <>
      <div className="analysis-controls">
        <ChoiceField
          label={t('analyses.satisfaction.by')}
          value={by}
          choices={GROUPINGS.map((value) => ({ value, label: t(`analyses.traits.${value}`) }))}
          onChange={setBy}
          data-testid="satisfaction-by"
        />
      </div>
      <AnalysisResult query={satisfaction} isEmpty={(data) => data.groups.length === 0}>
        {(data) => <SatisfactionTable groups={data.groups} />}
      </AnalysisResult>
    </>
  );
}

function SatisfactionTable({ groups }: { groups: SatisfactionGroup[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const share = useShareFormat();
  const traitLabel = useTraitLabel();
  const columns = useMemo<Column<SatisfactionGroup>[]>(() => {
    const side = (pick: (group: SatisfactionGroup) => SatisfactionGroup['mostSatisfied']) => (group: SatisfactionGroup) =>
      t('analyses.satisfaction.side', { customers: format.number(pick(group).customers), rating: format.decimal(pick(group).averageRating) });
    return [
      { id: 'key', header: t('analyses.satisfaction.group'), cell: (group) => <strong>{group.key}</strong> },
      { id: 'customers', header: t('analyses.customers'), cell: (group) => format.number(group.customers), numeric: true },
      { id: 'averageRating', header: t('analyses.satisfaction.averageRating'), cell: (group) => format.decimal(group.averageRating), numeric: true },
      { id: 'most', header: t('analyses.satisfaction.most'), cell: side((group) => group.mostSatisfied), numeric: true },
      { id: 'least', header: t('analyses.satisfaction.least'), cell: side((group) => group.leastSatisfied), numeric: true },
      {
        id: 'complaints',
        header: t('analyses.satisfaction.complaintsPerCustomer'),
        cell: (group) => `${format.decimal(group.mostSatisfied.complaintsPerCustomer)} / ${format.decimal(group.leastSatisfied.complaintsPerCustomer)}`,
        numeric: true,
      },
      {
        id: 'contrasts',
        header: t('analyses.satisfaction.apart'),
        cell: (group) => (
          <ul className="analysis-contrasts">
            {group.contrasts.slice(0, CONTRASTS_SHOWN).map((contrast) => (
              <li key={`${contrast.trait}\n${contrast.value}`}>
                {t('analyses.satisfaction.contrast', {
                  trait: traitLabel(contrast.trait),
                  value: contrast.value,
                  most: share(contrast.mostSatisfiedShare),
                  least: share(contrast.leastSatisfiedShare),
                })}
              </li>
            ))}
          </ul>
        ),
      },
    ];
  }, [t, format, share, traitLabel]);
  return (
    <DataTable
      label={t('analyses.satisfaction.tableLabel')}
      columns={columns}
      rows={groups}
      rowKey={(group) => group.key}
      rowAttributes={() => ({ 'data-testid': 'satisfaction-row' })}
      empty={t('analyses.noData')}
    />
  );
}
