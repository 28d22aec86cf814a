import type { components } from '@/lib/api/schema';

export type MemberList = components['schemas']['MemberList'];
export type Member = components['schemas']['Member'];
export type PendingInvitation = components['schemas']['PendingInvitation'];
export type InviteRequest = components['schemas']['InviteRequest'];

/** The role that cannot be removed from its tenant. */
export const OWNER_ROLE = 'TenantOwner';
