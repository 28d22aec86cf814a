import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { TenantPage } from '../types';

export const TENANTS_PAGE_SIZE = 20;

/** Every page of the tenant list: what a tenant action invalidates. */
export const tenantsQueryKey = ['admin', 'tenants'] as const;

export const getTenants = (page: number, signal?: AbortSignal): Promise<TenantPage> =>
  unwrap(api.GET('/api/v1/admin/tenants', { params: { query: { page, pageSize: TENANTS_PAGE_SIZE } }, signal }));

export const tenantsQueryOptions = (page: number) =>
  queryOptions({
    queryKey: [...tenantsQueryKey, { page, pageSize: TENANTS_PAGE_SIZE }],
    queryFn: ({ signal }) => getTenants(page, signal),
    // Paging keeps the current rows on screen until the next page arrives.
    placeholderData: keepPreviousData,
  });

export const useTenants = (page: number) => useQuery(tenantsQueryOptions(page));
