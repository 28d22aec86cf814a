import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { ComplaintReport } from '../types';

/** Complaints opened from `from` (included) to `to` (excluded), as yyyy-MM-dd; either may be left open. */
export interface ComplaintsQuery {
  from?: string;
  to?: string;
}

export const getComplaints = (query: ComplaintsQuery, signal?: AbortSignal): Promise<ComplaintReport> =>
  unwrap(api.GET('/api/v1/analyses/complaints', { params: { query }, signal }));

export const complaintsQueryOptions = (query: ComplaintsQuery) =>
  queryOptions({
    queryKey: ['analyses', 'complaints', query],
    queryFn: ({ signal }) => getComplaints(query, signal),
    placeholderData: keepPreviousData,
  });

export const useComplaints = (query: ComplaintsQuery) => useQuery(complaintsQueryOptions(query));
