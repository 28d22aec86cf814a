import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { CustomSegmentList } from '../types';

export const getCustomSegments = (signal?: AbortSignal): Promise<CustomSegmentList> =>
  unwrap(api.GET('/api/v1/segments/custom', { signal }));

/** Everything about custom segments: what saving or deleting one invalidates. */
export const customSegmentsQueryKey = ['custom-segments'] as const;

export const customSegmentsQueryOptions = () =>
  queryOptions({
    queryKey: [...customSegmentsQueryKey, 'list'],
    queryFn: ({ signal }) => getCustomSegments(signal),
  });

export const useCustomSegments = () => useQuery(customSegmentsQueryOptions());
