import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/badge';
import { DataTable, type Column } from '@/components/data-table';
import { useFormat } from '@/hooks/use-format';
import type { ApiKeySummary } from '../types';

interface ApiKeyTableProps {
  keys: ApiKeySummary[];
  onRevoke: (key: ApiKeySummary) => void;
}

export function ApiKeyTable({ keys, onRevoke }: ApiKeyTableProps) {
  const { t } = useTranslation();
  const format = useFormat();

  const columns = useMemo<Column<ApiKeySummary>[]>(
    () => [
      { id: 'name', header: t('apiKeys.columns.name'), cell: (key) => <strong>{key.name}</strong> },
      { id: 'prefix', header: t('apiKeys.columns.prefix'), cell: (key) => <code>{key.prefix}…</code> },
      { id: 'created', header: t('apiKeys.columns.created'), cell: (key) => format.dateTime(key.createdAt) },
      {
        id: 'lastUsed',
        header: t('apiKeys.columns.lastUsed'),
        cell: (key) => (key.lastUsedAt ? format.dateTime(key.lastUsedAt) : <span className="muted">{t('common.never')}</span>),
      },
      {
        id: 'status',
        header: t('apiKeys.columns.status'),
        cell: (key) =>
          key.revokedAt ? (
            <Badge tone="muted" title={format.dateTime(key.revokedAt)} data-testid="key-status">
              {t('apiKeys.revoked')}
            </Badge>
          ) : (
            <Badge tone="ok" data-testid="key-status">
              {t('apiKeys.active')}
            </Badge>
          ),
      },
      {
        id: 'actions',
        header: t('common.actions'),
        cell: (key) =>
          key.revokedAt === null && (
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => onRevoke(key)}
              data-testid="revoke-key-button"
            >
              {t('apiKeys.revoke')}
            </button>
          ),
      },
    ],
    [t, format, onRevoke],
  );

  return (
    <DataTable
      label={t('apiKeys.tableLabel')}
      columns={columns}
      rows={keys}
      rowKey={(key) => key.id}
      rowAttributes={(key) => ({ 'data-testid': 'key-row', 'data-key-name': key.name })}
      empty={t('apiKeys.empty')}
    />
  );
}
