import { flexRender, getCoreRowModel, useReactTable, type PaginationState, type Updater } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CUSTOMERS_PAGE_SIZE } from '../api/get-customers';
import type { CustomerPage } from '../types';
import { NUMERIC_COLUMNS, useCustomerColumns } from './customer-columns';
import { OffsetPager } from './offset-pager';

interface CustomerTableProps {
  page: CustomerPage;
  /** 0-based. */
  pageIndex: number;
  onPageChange: (pageIndex: number) => void;
}

/** One page of customers from the server; a row opens the customer's portrait. */
export function CustomerTable({ page, pageIndex, onPageChange }: CustomerTableProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const pagination: PaginationState = { pageIndex, pageSize: CUSTOMERS_PAGE_SIZE };
  const table = useReactTable({
    data: page.items,
    columns: useCustomerColumns(),
    getCoreRowModel: getCoreRowModel(),
    getRowId: (customer) => customer.customerId,
    manualPagination: true,
    // The server says only whether another page follows, not how many there are.
    pageCount: page.hasMore ? pageIndex + 2 : pageIndex + 1,
    state: { pagination },
    onPaginationChange: (updater: Updater<PaginationState>) =>
      onPageChange((typeof updater === 'function' ? updater(pagination) : updater).pageIndex),
  });

  const numeric = (columnId: string) => (NUMERIC_COLUMNS.has(columnId) ? 'numeric' : undefined);

  return (
    <>
      {page.items.length === 0 ? (
        <p className="muted table-empty">{t('customers.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table customer-table" aria-label={t('customers.tableLabel')}>
            <thead>
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id}>
                  {group.headers.map((header) => (
                    <th key={header.id} scope="col" className={numeric(header.column.id)}>
                      {flexRender(header.column.columnDef.header, header.getContext())}
                    </th>
                  ))}
                </tr>
              ))}
            </thead>
            <tbody>
              {table.getRowModel().rows.map((row) => (
                <tr
                  key={row.id}
                  className="clickable-row"
                  onClick={() => navigate(`/customers/${encodeURIComponent(row.id)}`)}
                  data-testid="customer-row"
                  data-customer-id={row.id}
                >
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} className={numeric(cell.column.id)}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <OffsetPager
        page={pageIndex + 1}
        canPrevious={table.getCanPreviousPage()}
        canNext={table.getCanNextPage()}
        onPrevious={table.previousPage}
        onNext={table.nextPage}
      />
    </>
  );
}
