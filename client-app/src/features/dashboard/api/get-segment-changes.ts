import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { SegmentChangeFeed } from '../types';

export const FEED_LIMIT = 50;

export const getSegmentChanges = (signal?: AbortSignal): Promise<SegmentChangeFeed> =>
  unwrap(api.GET('/api/v1/segments/changes', { params: { query: { limit: FEED_LIMIT } }, signal }));

export const segmentChangesQueryOptions = () =>
  queryOptions({
    queryKey: ['segments', 'changes', FEED_LIMIT],
    queryFn: ({ signal }) => getSegmentChanges(signal),
    // Live updates keep it current; an unsequenced background refetch could race them.
    staleTime: Infinity,
  });

export const useSegmentChanges = () => useQuery(segmentChangesQueryOptions());
