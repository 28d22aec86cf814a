import { useMutation, useQueryClient } from '@tanstack/react-query';
import { withAntiforgery } from '@/lib/api/antiforgery';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { CustomSegmentInput, CustomSegmentView } from '../types';
import { customSegmentQueryOptions } from './get-custom-segment';
import { customSegmentsQueryOptions } from './get-custom-segments';

export interface SaveCustomSegment {
  /** Absent for a new segment. */
  id?: number;
  input: CustomSegmentInput;
}

/** Creates or changes a segment; the server matches the existing customers before it answers. */
export const saveCustomSegment = ({ id, input }: SaveCustomSegment): Promise<CustomSegmentView> =>
  id === undefined
    ? unwrap(api.POST('/api/v1/segments/custom', { body: input }))
    : unwrap(api.PUT('/api/v1/segments/custom/{id}', { params: { path: { id } }, body: input }));

export function useSaveCustomSegment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withAntiforgery<SaveCustomSegment, CustomSegmentView>(saveCustomSegment),
    onSuccess: (saved) => {
      queryClient.setQueryData(customSegmentQueryOptions(Number(saved.id)).queryKey, saved);
      return queryClient.invalidateQueries({ queryKey: customSegmentsQueryOptions().queryKey });
    },
  });
}
