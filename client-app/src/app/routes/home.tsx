import { lazy } from 'react';
import { Navigate } from 'react-router';
import { NotAllowed } from '@/components/not-allowed';
import { canAccess } from '@/features/auth/access';
import { useCurrentUser } from '@/features/auth/api/get-me';

// ECharts is most of the bundle; the login page and the admin console do without it.
const Dashboard = lazy(() =>
  import('@/features/dashboard/components/dashboard').then((module) => ({ default: module.Dashboard })),
);

/** "/": the dashboard for tenant members; platform admins, who have no tenant, start at the tenant list. */
export function HomeRoute() {
  const user = useCurrentUser();
  if (canAccess(user, 'tenantMember')) return <Dashboard />;
  if (canAccess(user, 'platformAdmin')) return <Navigate to="/admin/tenants" replace />;
  return <NotAllowed />;
}
