import { useMutation, useQueryClient } from '@tanstack/react-query';
import { withAntiforgery } from '@/lib/api/antiforgery';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { customSegmentsQueryOptions } from './get-custom-segments';

export const deleteCustomSegment = (id: number): Promise<void> =>
  unwrap(api.DELETE('/api/v1/segments/custom/{id}', { params: { path: { id } } }));

export function useDeleteCustomSegment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withAntiforgery(deleteCustomSegment),
    onSettled: () => queryClient.invalidateQueries({ queryKey: customSegmentsQueryOptions().queryKey }),
  });
}
