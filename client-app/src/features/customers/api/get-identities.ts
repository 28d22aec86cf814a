import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { CustomerIdentities } from '../types';
import { customersQueryKey } from './get-customers';

export const getIdentities = (id: string, signal?: AbortSignal): Promise<CustomerIdentities> =>
  unwrap(api.GET('/api/v1/customers/{id}/identities', { params: { path: { id } }, signal }));

export const identitiesQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...customersQueryKey, 'identities', id],
    queryFn: ({ signal }) => getIdentities(id, signal),
  });

export const useIdentities = (id: string) => useQuery(identitiesQueryOptions(id));
