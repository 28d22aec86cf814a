import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { SegmentMovement } from '../types';

/** Two days as yyyy-MM-dd (UTC); the server allows at most two years between them. */
export interface MovementQuery {
  from: string;
  to: string;
}

/** Customers per segment at the end of `from` against their segment at the end of `to`. */
export const getSegmentMovement = (query: MovementQuery, signal?: AbortSignal): Promise<SegmentMovement> =>
  unwrap(api.GET('/api/v1/analyses/segments/movement', { params: { query }, signal }));

export const segmentMovementQueryOptions = (query: MovementQuery) =>
  queryOptions({
    queryKey: ['analyses', 'segmentMovement', query],
    queryFn: ({ signal }) => getSegmentMovement(query, signal),
    placeholderData: keepPreviousData,
  });

export const useSegmentMovement = (query: MovementQuery) => useQuery(segmentMovementQueryOptions(query));
