import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '@/components/data-table';
import { useFormat } from '@/hooks/use-format';
import { movementMatrix } from '../movement-matrix';
import { useSegmentLabel } from '../segment-label';
import type { SegmentFlow } from '../types';

/** Rows: the segment at the start; columns: the segment at the end; the diagonal: those who stayed. */
export function MovementTable({ flows }: { flows: SegmentFlow[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const segmentLabel = useSegmentLabel();
  const matrix = useMemo(() => movementMatrix(flows), [flows]);
  const columns = useMemo<Column<string>[]>(
    () => [
      { id: 'from', header: t('analyses.movement.fromTo'), cell: (from) => <strong>{segmentLabel(from)}</strong> },
      ...matrix.to.map((to) => ({
        id: to,
        header: segmentLabel(to),
        cell: (from: string) => {
          const customers = matrix.customers(from, to);
          return customers === 0 ? <span className="muted">·</span> : format.number(customers);
        },
        numeric: true,
      })),
    ],
    [matrix, t, format, segmentLabel],
  );
  return (
    <DataTable
      label={t('analyses.movement.matrixTitle')}
      columns={columns}
      rows={matrix.from}
      rowKey={(from) => from}
      rowAttributes={(from) => ({ 'data-testid': `movement-row-${from}` })}
      empty={t('analyses.noData')}
    />
  );
}
