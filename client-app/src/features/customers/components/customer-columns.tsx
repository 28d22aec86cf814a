import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '@/hooks/use-format';
import { useLabel } from '../hooks/use-label';
import type { CustomerSummary } from '../types';

const column = createColumnHelper<CustomerSummary>();

/** Right-aligned, with tabular figures. */
export const NUMERIC_COLUMNS: ReadonlySet<string> = new Set([
  'orders',
  'revenue',
  'clv',
  'probabilityAlive',
  'churnRisk',
  'loyalty',
]);

/** The list's columns, in the user's language; figures the model lacks stay empty. */
export function useCustomerColumns() {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useLabel();
  return useMemo(() => {
    const known =
      <V,>(show: (value: V) => string) =>
      ({ getValue }: { getValue: () => V | null }) => {
        const value = getValue();
        return value === null ? '' : show(value);
      };
    return [
      column.accessor('name', {
        header: t('customers.columns.name'),
        cell: ({ row: { original: customer } }) => (
          <>
            <Link to={`/customers/${encodeURIComponent(customer.customerId)}`} data-testid="customer-link">
              {customer.name ?? t('customers.unnamed', { id: customer.customerId })}
            </Link>
            <div className="muted">{customer.email ?? customer.customerId}</div>
          </>
        ),
      }),
      column.accessor('segment', { header: t('customers.columns.segment'), cell: known<string>((segment) => label('segments', segment)) }),
      column.accessor('rfm', { header: t('customers.columns.rfm'), cell: known(String) }),
      column.accessor('abcClass', { header: t('customers.columns.abc'), cell: known(String) }),
      column.accessor('orders', { header: t('customers.columns.orders'), cell: known(format.number) }),
      column.accessor('revenue', { header: t('customers.columns.revenue'), cell: known<number | string>((revenue) => format.money(revenue)) }),
      column.accessor('clv', { header: t('customers.columns.clv'), cell: known<number | string>((clv) => format.money(clv)) }),
      column.accessor('probabilityAlive', { header: t('customers.columns.probabilityAlive'), cell: known(format.percent) }),
      column.accessor('churnRisk', { header: t('customers.columns.churnRisk'), cell: known(format.percent) }),
      column.accessor('loyalty', { header: t('customers.columns.loyalty'), cell: known(format.number) }),
      column.accessor('lifecycleStage', {
        header: t('customers.columns.stage'),
        cell: known<string>((stage) => label('customers.stages', stage)),
      }),
      column.accessor('lastOrderAt', { header: t('customers.columns.lastOrder'), cell: known(format.date) }),
    ];
  }, [t, format, label]);
}
