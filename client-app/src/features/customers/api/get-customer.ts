import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { CustomerProfile } from '../types';
import { customersQueryKey } from './get-customers';

export const getCustomer = (id: string, signal?: AbortSignal): Promise<CustomerProfile> =>
  unwrap(api.GET('/api/v1/customers/{id}', { params: { path: { id } }, signal }));

export const customerQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...customersQueryKey, 'profile', id],
    queryFn: ({ signal }) => getCustomer(id, signal),
  });

export const useCustomer = (id: string) => useQuery(customerQueryOptions(id));
