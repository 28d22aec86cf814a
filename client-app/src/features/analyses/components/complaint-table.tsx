import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '@/components/data-table';
import { useFormat } from '@/hooks/use-format';
import type { ComplaintCount, ComplaintReport } from '../types';
import { ChoiceField } from './choice-field';
import { useHours } from '../use-hours';

const DIMENSIONS = { type: 'byType', product: 'byProduct', region: 'byRegion', rep: 'byRep' } as const;
type Dimension = keyof typeof DIMENSIONS;

/** Complaints by one dimension at a time: type, product, region or responsible rep. */
export function ComplaintTable({ report }: { report: ComplaintReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const hours = useHours();
  const [dimension, setDimension] = useState<Dimension>('type');
  const columns = useMemo<Column<ComplaintCount>[]>(
    () => [
      { id: 'value', header: t(`analyses.complaints.dimensions.${dimension}`), cell: (count) => <strong>{count.value ?? t('analyses.notReported')}</strong> },
      { id: 'complaints', header: t('analyses.complaints.complaints'), cell: (count) => format.number(count.complaints), numeric: true },
      { id: 'open', header: t('analyses.complaints.open'), cell: (count) => format.number(count.open), numeric: true },
      { id: 'average', header: t('analyses.complaints.averageResolution'), cell: (count) => hours(count.averageResolutionHours), numeric: true },
      { id: 'median', header: t('analyses.complaints.medianResolution'), cell: (count) => hours(count.medianResolutionHours), numeric: true },
    ],
    [t, format, hours, dimension],
  );
  return (
    <>
      <div className="analysis-controls">
        <ChoiceField
          label={t('analyses.complaints.by')}
          value={dimension}
          choices={(Object.keys(DIMENSIONS) as Dimension[]).map((value) => ({ value, label: t(`analyses.complaints.dimensions.${value}`) }))}
          onChange={setDimension}
          data-testid="complaints-by"
        />
      </div>
      <DataTable
        label={t('analyses.complaints.tableLabel')}
        columns={columns}
        rows={report[DIMENSIONS[dimension]]}
        rowKey={(count) => count.value ?? ''}
        rowAttributes={() => ({ 'data-testid': 'complaint-row' })}
        empty={t('analyses.noData')}
      />
    </>
  );
}
