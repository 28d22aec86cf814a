import { useMutation, useQueryClient } from '@tanstack/react-query';
import { withAntiforgery } from '@/lib/api/antiforgery';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { membersQueryOptions } from './get-members';

export const revokeInvitation = (id: string): Promise<void> =>
  unwrap(api.DELETE('/api/v1/members/invitations/{id}', { params: { path: { id } } }));

export function useRevokeInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withAntiforgery(revokeInvitation),
    onSettled: () => queryClient.invalidateQueries({ queryKey: membersQueryOptions().queryKey }),
  });
}
