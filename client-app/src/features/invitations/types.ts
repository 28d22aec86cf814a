import type { components } from '@/lib/api/schema';

export type InvitationPreview = components['schemas']['InvitationPreview'];
export type AcceptInvitationRequest = components['schemas']['AcceptInvitationRequest'];
