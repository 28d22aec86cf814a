import { lazy } from 'react';
import { Navigate, Outlet, type RouteObject } from 'react-router';
import { RequireAccess } from '@/features/auth/components/require-access';
import { AppLayout } from './routes/app-layout';
import { HomeRoute } from './routes/home';
import { LoginRoute } from './routes/login';

const ApiKeysPage = lazy(() =>
  import('@/features/api-keys/components/api-keys-page').then((module) => ({ default: module.ApiKeysPage })),
);
const TenantsPage = lazy(() =>
  import('@/features/admin/components/tenants-page').then((module) => ({ default: module.TenantsPage })),
);
const AuditLogPage = lazy(() =>
  import('@/features/admin/components/audit-log-page').then((module) => ({ default: module.AuditLogPage })),
);

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginRoute /> },
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <HomeRoute /> },
      {
        path: 'settings/keys',
        element: (
          <RequireAccess access="tenantOwner">
            <ApiKeysPage />
          </RequireAccess>
        ),
      },
      {
        path: 'admin',
        element: (
          <RequireAccess access="platformAdmin">
            <Outlet />
          </RequireAccess>
        ),
        children: [
          { path: 'tenants', element: <TenantsPage /> },
          { path: 'audit', element: <AuditLogPage /> },
          // Any other admin address, checked for access like the rest.
          { path: '*', element: <Navigate to="/admin/tenants" replace /> },
        ],
      },
    ],
  },
  { path: '*', element: <Navigate to="/" replace /> },
];
