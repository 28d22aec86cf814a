import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { TopSpenders } from '../types';

/** What the top `share` of customers by revenue (at most half) have in common against the rest. */
export const getTopSpenders = (share: number, signal?: AbortSignal): Promise<TopSpenders> =>
  unwrap(api.GET('/api/v1/analyses/top-spenders', { params: { query: { share: String(share) } }, signal }));

export const topSpendersQueryOptions = (share: number) =>
  queryOptions({
    queryKey: ['analyses', 'topSpenders', share],
    queryFn: ({ signal }) => getTopSpenders(share, signal),
    placeholderData: keepPreviousData,
  });

export const useTopSpenders = (share: number) => useQuery(topSpendersQueryOptions(share));
