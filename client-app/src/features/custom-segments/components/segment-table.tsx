import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '@/components/data-table';
import { useFormat } from '@/hooks/use-format';
import type { CustomSegmentSummary } from '../types';

interface SegmentTableProps {
  segments: CustomSegmentSummary[];
  selectedId: number | undefined;
  onOpen: (id: number) => void;
}

export function SegmentTable({ segments, selectedId, onOpen }: SegmentTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: Column<CustomSegmentSummary>[] = [
    {
      id: 'name',
      header: t('customSegments.name'),
      cell: (segment) => (
        <button
          type="button"
          className="link-button"
          aria-pressed={Number(segment.id) === selectedId}
          onClick={() => onOpen(Number(segment.id))}
        >
          {segment.name}
        </button>
      ),
    },
    { id: 'description', header: t('customSegments.description'), cell: (segment) => segment.description ?? '' },
    { id: 'members', header: t('customSegments.members'), numeric: true, cell: (segment) => format.number(segment.members) },
  ];
  return (
    <DataTable
      label={t('customSegments.tableLabel')}
      columns={columns}
      rows={segments}
      rowKey={(segment) => String(segment.id)}
      rowAttributes={(segment) => ({ 'data-testid': 'segment-row', 'data-segment-name': segment.name })}
      empty={t('customSegments.empty')}
    />
  );
}
