import { useMutation, useQueryClient } from '@tanstack/react-query';
import { withAntiforgery } from '@/lib/api/antiforgery';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { InviteRequest, PendingInvitation } from '../types';
import { membersQueryOptions } from './get-members';

/** Mails an invitation to join as account manager; a newer one for the same address replaces it. */
export const inviteMember = (body: InviteRequest): Promise<PendingInvitation> =>
  unwrap(api.POST('/api/v1/members/invitations', { body }));

export function useInviteMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withAntiforgery(inviteMember),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: membersQueryOptions().queryKey }),
  });
}
