import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '@/components/data-table';
import { useFormat } from '@/hooks/use-format';
import type { TenantUsage } from '../types';
import { TenantStatusBadge } from './tenant-status-badge';

export interface TenantActions {
  onSuspend: (tenant: TenantUsage) => void;
  onResume: (tenant: TenantUsage) => void;
  onDelete: (tenant: TenantUsage) => void;
}

interface TenantTableProps {
  tenants: TenantUsage[];
  actions: TenantActions;
  /** The tenant whose suspension or resumption is on its way, if any. */
  busyId: string | undefined;
}

export function TenantTable({ tenants, actions, busyId }: TenantTableProps) {
  const { t } = useTranslation();
  const format = useFormat();

  const columns = useMemo<Column<TenantUsage>[]>(
    () => [
      {
        id: 'name',
        header: t('tenants.columns.name'),
        cell: (tenant) => (
          <>
            <strong>{tenant.name}</strong>
            <div className="muted">{tenant.slug}</div>
          </>
        ),
      },
      { id: 'status', header: t('tenants.columns.status'), cell: (tenant) => <TenantStatusBadge status={tenant.status} /> },
      { id: 'created', header: t('tenants.columns.created'), cell: (tenant) => format.dateTime(tenant.createdAt) },
      { id: 'customers', header: t('tenants.columns.customers'), numeric: true, cell: (tenant) => format.number(tenant.customers) },
      {
        id: 'orders',
        header: t('tenants.columns.ordersLast24Hours'),
        numeric: true,
        cell: (tenant) => format.number(tenant.ordersLast24Hours),
      },
      {
        id: 'lastEvent',
        header: t('tenants.columns.lastEvent'),
        cell: (tenant) =>
          tenant.lastEventAt ? format.dateTime(tenant.lastEventAt) : <span className="muted">{t('common.never')}</span>,
      },
      { id: 'storage', header: t('tenants.columns.storage'), numeric: true, cell: (tenant) => format.bytes(tenant.storageBytes) },
      {
        id: 'actions',
        header: t('common.actions'),
        cell: (tenant) => <TenantRowActions tenant={tenant} actions={actions} busy={busyId === tenant.id} />,
      },
    ],
    [t, format, actions, busyId],
  );

  return (
    <DataTable
      label={t('tenants.tableLabel')}
      columns={columns}
      rows={tenants}
      rowKey={(tenant) => tenant.id}
      rowAttributes={(tenant) => ({ 'data-testid': 'tenant-row', 'data-tenant-name': tenant.name })}
      empty={t('tenants.empty')}
    />
  );
}

function TenantRowActions({ tenant, actions, busy }: { tenant: TenantUsage; actions: TenantActions; busy: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="row-actions">
      {tenant.status === 'suspended' ? (
        <button
          type="button"
          className="button button-secondary button-small"
          disabled={busy}
          onClick={() => actions.onResume(tenant)}
          data-testid="resume-tenant-button"
        >
          {t('tenants.resume')}
        </button>
      ) : (
        <button
          type="button"
          className="button button-secondary button-small"
          disabled={busy}
          onClick={() => actions.onSuspend(tenant)}
          data-testid="suspend-tenant-button"
        >
          {t('tenants.suspend')}
        </button>
      )}
      <button
        type="button"
        className="button button-danger-quiet button-small"
        onClick={() => actions.onDelete(tenant)}
        data-testid="delete-tenant-button"
      >
        {t('tenants.delete')}
      </button>
    </div>
  );
}
