import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '@/components/load-state';
import { useCustomers } from '../api/get-customers';
import { useCustomerQuery } from '../hooks/use-customer-query';
import { CustomerFilters } from './customer-filters';
import { CustomerTable } from './customer-table';
import '../customers.css';

/** "/customers": the tenant's customers, filtered, sorted and paged by the server. */
export function CustomersPage() {
  const { t } = useTranslation();
  const titleId = useId();
  const { query, setFilter, setPage } = useCustomerQuery();
  const customers = useCustomers(query);

  return (
    <div className="page">
      <div className="page-heading">
        <h1 id={titleId}>{t('customers.title')}</h1>
        <p className="muted">{t('customers.intro')}</p>
      </div>
      <section className="card" aria-labelledby={titleId} aria-busy={customers.isFetching}>
        <CustomerFilters query={query} onChange={setFilter} />
        {customers.data ? (
          <CustomerTable page={customers.data} pageIndex={query.page} onPageChange={setPage} />
        ) : customers.isError ? (
          <LoadError onRetry={() => void customers.refetch()} />
        ) : (
          <Loading />
        )}
      </section>
    </div>
  );
}
