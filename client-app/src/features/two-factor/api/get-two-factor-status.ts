import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { TwoFactorStatus } from '../types';

export const getTwoFactorStatus = (signal?: AbortSignal): Promise<TwoFactorStatus> =>
  unwrap(api.GET('/api/v1/auth/two-factor', { signal }));

export const twoFactorStatusQueryOptions = () =>
  queryOptions({
    queryKey: ['two-factor'],
    queryFn: ({ signal }) => getTwoFactorStatus(signal),
  });

export const useTwoFactorStatus = () => useQuery(twoFactorStatusQueryOptions());
