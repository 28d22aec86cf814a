import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '@/components/data-table';
import { useFormat } from '@/hooks/use-format';
import type { ContactedCustomer } from '../types';
import { CustomerLink } from './customer-link';

export function ContactedTable({ customers }: { customers: ContactedCustomer[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns = useMemo<Column<ContactedCustomer>[]>(
    () => [
      { id: 'customer', header: t('analyses.customer'), cell: (row) => <CustomerLink customerId={row.customerId} name={row.name} /> },
      { id: 'contacts', header: t('analyses.contacts.contacts'), cell: (row) => format.number(row.contacts), numeric: true },
      { id: 'lastContactAt', header: t('analyses.contacts.lastContact'), cell: (row) => format.dateTime(row.lastContactAt) },
      {
        id: 'byChannel',
        header: t('analyses.contacts.byChannel'),
        cell: (row) => row.byChannel.map((channel) => `${channel.channel} ${format.number(channel.contacts)}`).join(' · '),
      },
    ],
    [t, format],
  );
  return (
    <DataTable
      label={t('analyses.contacts.customersTitle')}
      columns={columns}
      rows={customers}
      rowKey={(row) => row.customerId}
      rowAttributes={() => ({ 'data-testid': 'contacted-row' })}
      empty={t('analyses.contacts.none')}
    />
  );
}
