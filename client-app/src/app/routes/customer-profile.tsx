import { lazy } from 'react';
import { canAccess } from '@/features/auth/access';
import { useCurrentUser } from '@/features/auth/api/get-me';

// ECharts draws the purchase days: the list and the other pages do without it.
const CustomerProfilePage = lazy(() =>
  import('@/features/customers/components/customer-profile-page').then((module) => ({
    default: module.CustomerProfilePage,
  })),
);

/** Every tenant member may open a customer's portrait; only the owner assigns its account manager, splits, exports, erases. */
export function CustomerProfileRoute() {
  const user = useCurrentUser();
  return <CustomerProfilePage isOwner={canAccess(user, 'tenantOwner')} />;
}
