import { useMutation, useQueryClient } from '@tanstack/react-query';
import { withAntiforgery } from '@/lib/api/antiforgery';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { membersQueryOptions } from './get-members';

/** Deletes the member's account; their sessions stop at their next check. */
export const removeMember = (id: string): Promise<void> =>
  unwrap(api.DELETE('/api/v1/members/{id}', { params: { path: { id } } }));

export function useRemoveMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withAntiforgery(removeMember),
    onSettled: () => queryClient.invalidateQueries({ queryKey: membersQueryOptions().queryKey }),
  });
}
