import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { OverContactedReport } from '../types';

/** Customers contacted at least `threshold` times in the last `days` days (1 to 366), most contacted first. */
export interface OverContactedQuery {
  days: number;
  threshold: number;
  offset: number;
  limit: number;
}

// The server reads its query parameters as text, to name the one that does not parse.
const asText = (query: OverContactedQuery) =>
  Object.fromEntries(Object.entries(query).map(([name, value]) => [name, String(value)]));

export const getOverContacted = (query: OverContactedQuery, signal?: AbortSignal): Promise<OverContactedReport> =>
  unwrap(api.GET('/api/v1/analyses/contacts/over-contacted', { params: { query: asText(query) }, signal }));

export const overContactedQueryOptions = (query: OverContactedQuery) =>
  queryOptions({
    queryKey: ['analyses', 'overContacted', query],
    queryFn: ({ signal }) => getOverContacted(query, signal),
    placeholderData: keepPreviousData,
  });

export const useOverContacted = (query: OverContactedQuery) => useQuery(overContactedQueryOptions(query));
