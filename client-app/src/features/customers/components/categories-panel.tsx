import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '@/components/data-table';
import { useFormat } from '@/hooks/use-format';
import type { CategoryPurchases } from '../types';
import { Panel } from './panel';

type CategoryRow = CategoryPurchases & { category: string };

interface CategoriesPanelProps {
  categories: Record<string, CategoryPurchases>;
  currency: string | null;
}

/** What the customer buys, by category, biggest revenue first. */
export function CategoriesPanel({ categories, currency }: CategoriesPanelProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = useMemo(
    () =>
      Object.entries(categories)
        .map(([category, purchases]) => ({ category, ...purchases }))
        .sort((a, b) => Number(b.revenue) - Number(a.revenue)),
    [categories],
  );
  const columns = useMemo<Column<CategoryRow>[]>(
    () => [
      { id: 'category', header: t('customers.categories.category'), cell: (row) => row.category },
      { id: 'orders', header: t('customers.categories.orders'), numeric: true, cell: (row) => format.number(row.orders) },
      {
        id: 'revenue',
        header: t('customers.categories.revenue'),
        numeric: true,
        cell: (row) => format.money(row.revenue, currency),
      },
      { id: 'last', header: t('customers.categories.lastBought'), cell: (row) => format.date(row.lastBoughtAt) },
    ],
    [t, format, currency],
  );
  return (
    <Panel title={t('customers.categories.title')} testId="categories-panel">
      <DataTable
        label={t('customers.categories.title')}
        columns={columns}
        rows={rows}
        rowKey={(row) => row.category}
        rowAttributes={() => ({ 'data-testid': 'category-row' })}
        empty={t('customers.categories.none')}
      />
    </Panel>
  );
}
