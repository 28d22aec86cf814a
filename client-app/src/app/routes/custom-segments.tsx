import { lazy } from 'react';
import { canAccess } from '@/features/auth/access';
import { useCurrentUser } from '@/features/auth/api/get-me';

const CustomSegmentsPage = lazy(() =>
  import('@/features/custom-segments/components/custom-segments-page').then((module) => ({
    default: module.CustomSegmentsPage,
  })),
);

/** Every tenant member reads the segments and previews rules; only the owner saves or deletes them. */
export function CustomSegmentsRoute() {
  const user = useCurrentUser();
  return <CustomSegmentsPage canEdit={canAccess(user, 'tenantOwner')} />;
}
