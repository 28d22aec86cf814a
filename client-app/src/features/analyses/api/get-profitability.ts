import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { ProfitabilityPage } from '../types';

/** `desc`: the most profitable customers first; `asc`: the least. */
export type ProfitOrder = 'asc' | 'desc';

const SHOWN = 10;

export const getProfitability = (order: ProfitOrder, signal?: AbortSignal): Promise<ProfitabilityPage> =>
  unwrap(api.GET('/api/v1/analyses/profitability', { params: { query: { order, limit: String(SHOWN) } }, signal }));

export const profitabilityQueryOptions = (order: ProfitOrder) =>
  queryOptions({
    queryKey: ['analyses', 'profitability', order],
    queryFn: ({ signal }) => getProfitability(order, signal),
  });

export const useProfitability = (order: ProfitOrder) => useQuery(profitabilityQueryOptions(order));
