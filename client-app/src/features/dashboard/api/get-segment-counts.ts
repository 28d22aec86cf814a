import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { SegmentCounts } from '../types';

export const getSegmentCounts = (signal?: AbortSignal): Promise<SegmentCounts> =>
  unwrap(api.GET('/api/v1/segments/counts', { signal }));

export const segmentCountsQueryOptions = () =>
  queryOptions({
    queryKey: ['segments', 'counts'],
    queryFn: ({ signal }) => getSegmentCounts(signal),
    // Live updates keep it current; an unsequenced background refetch could race them.
    staleTime: Infinity,
  });

export const useSegmentCounts = () => useQuery(segmentCountsQueryOptions());
