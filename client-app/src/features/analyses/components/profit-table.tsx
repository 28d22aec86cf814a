import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '@/components/data-table';
import { useFormat } from '@/hooks/use-format';
import { useProfitability, type ProfitOrder } from '../api/get-profitability';
import type { CustomerProfitability } from '../types';
import { AnalysisResult } from './analysis-result';
import { CustomerLink } from './customer-link';

export function ProfitTable({ order }: { order: ProfitOrder }) {
  const { t } = useTranslation();
  const format = useFormat();
  const page = useProfitability(order);
  const columns = useMemo<Column<CustomerProfitability>[]>(
    () => [
      { id: 'customer', header: t('analyses.customer'), cell: (row) => <CustomerLink customerId={row.customerId} name={row.name} /> },
      { id: 'orders', header: t('analyses.orders'), cell: (row) => format.number(row.orders), numeric: true },
      { id: 'revenue', header: t('analyses.revenue'), cell: (row) => format.money(row.revenue), numeric: true },
      { id: 'costOfGoods', header: t('analyses.profitability.costOfGoods'), cell: (row) => format.money(row.costOfGoods), numeric: true },
      { id: 'discounts', header: t('analyses.profitability.discounts'), cell: (row) => format.money(row.discounts), numeric: true },
      { id: 'refunds', header: t('analyses.profitability.refunds'), cell: (row) => format.money(row.refunds), numeric: true },
      { id: 'serviceCost', header: t('analyses.profitability.serviceCost'), cell: (row) => format.money(row.serviceCost), numeric: true },
      { id: 'profit', header: t('analyses.profitability.profit'), cell: (row) => <strong>{format.money(row.profit)}</strong>, numeric: true },
    ],
    [t, format],
  );
  return (
    <AnalysisResult query={page} isEmpty={(data) => data.items.length === 0}>
      {(data) => (
        <DataTable
          label={t(order === 'desc' ? 'analyses.profitability.mostProfitable' : 'analyses.profitability.leastProfitable')}
          columns={columns}
          rows={data.items}
          rowKey={(row) => row.customerId}
          rowAttributes={() => ({ 'data-testid': `profit-row-${order}` })}
          empty={t('analyses.noData')}
        />
      )}
    </AnalysisResult>
  );
}
