import type { CurrentUser } from './types';

/** Who may see a page: the server enforces the same rules on the endpoints behind it. */
export type Access = 'signedIn' | 'tenantMember' | 'tenantOwner' | 'platformAdmin';

const isTenantMember = (user: CurrentUser) => user.tenantId !== null;

export function canAccess(user: CurrentUser, access: Access): boolean {
  switch (access) {
    case 'signedIn':
      return true;
    case 'tenantMember':
      return isTenantMember(user);
    case 'tenantOwner':
      return isTenantMember(user) && user.roles.includes('TenantOwner');
    case 'platformAdmin':
      return user.roles.includes('PlatformAdmin');
  }
}
