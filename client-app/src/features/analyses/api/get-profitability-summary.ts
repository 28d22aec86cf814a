import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { ProfitabilitySummary } from '../types';

/** The tenant's revenue, costs and profit, with the server's notes on what they include. */
export const getProfitabilitySummary = (signal?: AbortSignal): Promise<ProfitabilitySummary> => unwrap(api.GET('/api/v1/analyses/profitability/summary', { signal }));

export const profitabilitySummaryQueryOptions = () =>
  queryOptions({
    queryKey: ['analyses', 'profitabilitySummary'],
    queryFn: ({ signal }) => getProfitabilitySummary(signal),
  });

export const useProfitabilitySummary = () => useQuery(profitabilitySummaryQueryOptions());
