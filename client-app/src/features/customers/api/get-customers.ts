import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { CustomerPage, CustomerQuery } from '../types';

export const CUSTOMERS_PAGE_SIZE = 25;

export const getCustomers = (query: CustomerQuery, signal?: AbortSignal): Promise<CustomerPage> =>
  unwrap(
    api.GET('/api/v1/customers', {
      params: {
        query: {
          segment: query.segment,
          abc: query.abc,
          stage: query.stage,
          manager: query.mine ? 'me' : undefined,
          search: query.search,
          sort: query.sort,
          limit: CUSTOMERS_PAGE_SIZE,
          offset: query.page * CUSTOMERS_PAGE_SIZE,
        },
      },
      signal,
    }),
  );

/** Every page of every filter: what an assignment invalidates. */
export const customersQueryKey = ['customers'] as const;

export const customersQueryOptions = (query: CustomerQuery) =>
  queryOptions({
    queryKey: [...customersQueryKey, 'list', query],
    queryFn: ({ signal }) => getCustomers(query, signal),
    // A new filter or page keeps the current rows on screen until its own arrive.
    placeholderData: keepPreviousData,
  });

export const useCustomers = (query: CustomerQuery) => useQuery(customersQueryOptions(query));
