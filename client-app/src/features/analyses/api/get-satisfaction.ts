import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { SatisfactionReport } from '../types';

export type SatisfactionBy = 'product' | 'region';

/** The 20% most and least satisfied customers per product or region, the largest groups first. */
export const getSatisfaction = (by: SatisfactionBy, signal?: AbortSignal): Promise<SatisfactionReport> =>
  unwrap(api.GET('/api/v1/analyses/satisfaction', { params: { query: { by } }, signal }));

export const satisfactionQueryOptions = (by: SatisfactionBy) =>
  queryOptions({
    queryKey: ['analyses', 'satisfaction', by],
    queryFn: ({ signal }) => getSatisfaction(by, signal),
    placeholderData: keepPreviousData,
  });

export const useSatisfaction = (by: SatisfactionBy) => useQuery(satisfactionQueryOptions(by));
