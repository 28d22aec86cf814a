import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { CrossSell } from '../types';

const SHOWN = 50;

/** Category pairs in at least `minSupport` of all orders, the most supported first. */
export const getCrossSell = (minSupport: number, signal?: AbortSignal): Promise<CrossSell> =>
  unwrap(api.GET('/api/v1/analyses/cross-sell', { params: { query: { minSupport: String(minSupport), limit: String(SHOWN) } }, signal }));

export const crossSellQueryOptions = (minSupport: number) =>
  queryOptions({
    queryKey: ['analyses', 'crossSell', minSupport],
    queryFn: ({ signal }) => getCrossSell(minSupport, signal),
    placeholderData: keepPreviousData,
  });

export const useCrossSell = (minSupport: number) => useQuery(crossSellQueryOptions(minSupport));
