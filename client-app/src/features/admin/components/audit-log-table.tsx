import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '@/components/data-table';
import { useFormat } from '@/hooks/use-format';
import type { AuditEntry } from '../types';

export function AuditLogTable({ entries }: { entries: AuditEntry[] }) {
  const { t } = useTranslation();
  const format = useFormat();

  const columns = useMemo<Column<AuditEntry>[]>(() => {
    const missing = <span className="muted">—</span>;
    return [
      { id: 'time', header: t('audit.columns.time'), cell: (entry) => format.dateTime(entry.at) },
      {
        id: 'actor',
        header: t('audit.columns.actor'),
        cell: (entry) => entry.actorEmail ?? <span className="muted">{t('audit.system')}</span>,
      },
      { id: 'action', header: t('audit.columns.action'), cell: (entry) => <code>{entry.action}</code> },
      { id: 'target', header: t('audit.columns.target'), cell: (entry) => entry.target },
      { id: 'tenant', header: t('audit.columns.tenant'), cell: (entry) => entry.tenantId ?? missing },
      { id: 'address', header: t('audit.columns.address'), cell: (entry) => entry.ip ?? missing },
    ];
  }, [t, format]);

  return (
    <DataTable
      label={t('audit.tableLabel')}
      columns={columns}
      rows={entries}
      rowKey={(entry) => String(entry.id)}
      rowAttributes={() => ({ 'data-testid': 'audit-row' })}
      empty={t('audit.empty')}
    />
  );
}
