import { useMutation } from '@tanstack/react-query';
import { withAntiforgery } from '@/lib/api/antiforgery';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { AcceptInvitationRequest } from '../types';

/** Creates the account with the chosen password; the invited address counts as confirmed. */
export const acceptInvitation = (body: AcceptInvitationRequest): Promise<void> =>
  unwrap(api.POST('/api/v1/invitations/accept', { body }));

export const useAcceptInvitation = () => useMutation({ mutationFn: withAntiforgery(acceptInvitation) });
