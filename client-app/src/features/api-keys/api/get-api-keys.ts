import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { ApiKeySummary } from '../types';

export const getApiKeys = (signal?: AbortSignal): Promise<ApiKeySummary[]> =>
  unwrap(api.GET('/api/v1/connectors/keys', { signal }));

export const apiKeysQueryOptions = () =>
  queryOptions({
    queryKey: ['api-keys'],
    queryFn: ({ signal }) => getApiKeys(signal),
  });

export const useApiKeys = () => useQuery(apiKeysQueryOptions());
