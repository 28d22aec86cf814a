import { queryOptions, useQuery } from '@tanstack/react-query';
import { getAntiforgery } from '@/lib/api/antiforgery';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { InvitationPreview } from '../types';

/** A POST, so the token stays out of URLs and logs; it changes nothing. */
export const previewInvitation = async (token: string, signal?: AbortSignal): Promise<InvitationPreview> => {
  await getAntiforgery();
  return unwrap(api.POST('/api/v1/invitations/preview', { body: { token }, signal }));
};

export const invitationPreviewQueryOptions = (token: string) =>
  queryOptions({
    queryKey: ['invitations', 'preview', token],
    queryFn: ({ signal }) => previewInvitation(token, signal),
    // What an invitation says does not change while its page is open.
    staleTime: Infinity,
  });

export const useInvitationPreview = (token: string) => useQuery(invitationPreviewQueryOptions(token));
