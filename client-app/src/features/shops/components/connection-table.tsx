import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '@/components/data-table';
import { useFormat } from '@/hooks/use-format';
import { sendsWebhooks, type Platform, type ShopConnectionSummary } from '../types';

interface ConnectionTableProps {
  connections: ShopConnectionSummary[];
  onReplaceSecret: (connection: ShopConnectionSummary) => void;
  onDelete: (connection: ShopConnectionSummary) => void;
}

export function ConnectionTable({ connections, onReplaceSecret, onDelete }: ConnectionTableProps) {
  const { t } = useTranslation();
  const format = useFormat();

  const columns = useMemo<Column<ShopConnectionSummary>[]>(
    () => [
      {
        id: 'name',
        header: t('shops.columns.name'),
        cell: (connection) => (
          <>
            <strong>{connection.name}</strong>
            {connection.shopDomain && <div className="muted">{connection.shopDomain}</div>}
          </>
        ),
      },
      { id: 'platform', header: t('shops.columns.platform'), cell: (connection) => t(`shops.platforms.${connection.platform as Platform}`) },
      {
        id: 'address',
        header: t('shops.columns.address'),
        cell: (connection) => <code>{connection.webhookUrl ?? connection.apiUrl}</code>,
      },
      { id: 'key', header: t('shops.columns.key'), cell: (connection) => <code>{connection.apiKeyPrefix}…</code> },
      {
        id: 'lastReceived',
        header: t('shops.columns.lastReceived'),
        cell: (connection) =>
          connection.lastReceivedAt ? format.dateTime(connection.lastReceivedAt) : <span className="muted">{t('common.never')}</span>,
      },
      {
        id: 'actions',
        header: t('common.actions'),
        cell: (connection) => (
          <div className="button-row">
            {sendsWebhooks(connection.platform) && (
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => onReplaceSecret(connection)}
                data-testid="replace-secret-button"
              >
                {t('shops.replaceSecret')}
              </button>
            )}
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => onDelete(connection)}
              data-testid="delete-connection-button"
            >
              {t('shops.delete')}
            </button>
          </div>
        ),
      },
    ],
    [t, format, onReplaceSecret, onDelete],
  );

  return (
    <DataTable
      label={t('shops.tableLabel')}
      columns={columns}
      rows={connections}
      rowKey={(connection) => connection.id}
      rowAttributes={(connection) => ({ 'data-testid': 'connection-row', 'data-connection-name': connection.name })}
      empty={t('shops.empty')}
    />
  );
}
