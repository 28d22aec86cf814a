import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { CustomSegmentView } from '../types';
import { customSegmentsQueryKey } from './get-custom-segments';

export const getCustomSegment = (id: number, signal?: AbortSignal): Promise<CustomSegmentView> =>
  unwrap(api.GET('/api/v1/segments/custom/{id}', { params: { path: { id } }, signal }));

export const customSegmentQueryOptions = (id: number) =>
  queryOptions({
    queryKey: [...customSegmentsQueryKey, 'one', id],
    queryFn: ({ signal }) => getCustomSegment(id, signal),
  });

export const useCustomSegment = (id: number) => useQuery(customSegmentQueryOptions(id));
