import { lazy } from 'react';
import { Navigate, Outlet, type RouteObject } from 'react-router';
import { RequireAccess } from '@/features/auth/components/require-access';
import { AcceptInvitationRoute } from './routes/accept-invitation';
import { AnalysisSettingsRoute } from './routes/analysis-settings';
import { AppLayout } from './routes/app-layout';
import { ConfirmEmailRoute } from './routes/confirm-email';
import { CustomerProfileRoute } from './routes/customer-profile';
import { CustomSegmentsRoute } from './routes/custom-segments';
import { ForgotPasswordRoute } from './routes/forgot-password';
import { HomeRoute } from './routes/home';
import { LoginRoute } from './routes/login';
import { ResetPasswordRoute } from './routes/reset-password';
import { SignUpRoute } from './routes/signup';

const ImportsPage = lazy(() =>
  import('@/features/imports/components/imports-page').then((module) => ({ default: module.ImportsPage })),
);
const ApiKeysPage = lazy(() =>
  import('@/features/api-keys/components/api-keys-page').then((module) => ({ default: module.ApiKeysPage })),
);
const ShopsPage = lazy(() =>
  import('@/features/shops/components/shops-page').then((module) => ({ default: module.ShopsPage })),
);
const MembersPage = lazy(() =>
  import('@/features/members/components/members-page').then((module) => ({ default: module.MembersPage })),
);
const SecurityRoute = lazy(() => import('./routes/security').then((module) => ({ default: module.SecurityRoute })));
const TenantsPage = lazy(() =>
  import('@/features/admin/components/tenants-page').then((module) => ({ default: module.TenantsPage })),
);
const MailOutboxPage = lazy(() =>
  import('@/features/admin/components/mail-outbox-page').then((module) => ({ default: module.MailOutboxPage })),
);
const AuditLogPage = lazy(() =>
  import('@/features/admin/components/audit-log-page').then((module) => ({ default: module.AuditLogPage })),
);
const CustomersPage = lazy(() =>
  import('@/features/customers/components/customers-page').then((module) => ({ default: module.CustomersPage })),
);
const AlertsPage = lazy(() =>
  import('@/features/alerts/components/alerts-page').then((module) => ({ default: module.AlertsPage })),
);
const AnalysesPage = lazy(() =>
  import('@/features/analyses/components/analyses-page').then((module) => ({ default: module.AnalysesPage })),
);

export const routes: RouteObject[] = [
  // For visitors who are not signed in; mailed links open the last three.
  { path: '/login', element: <LoginRoute /> },
  { path: '/signup', element: <SignUpRoute /> },
  { path: '/forgot-password', element: <ForgotPasswordRoute /> },
  { path: '/confirm-email', element: <ConfirmEmailRoute /> },
  { path: '/reset-password', element: <ResetPasswordRoute /> },
  { path: '/accept-invitation', element: <AcceptInvitationRoute /> },
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <HomeRoute /> },
      {
        element: (
          <RequireAccess access="tenantMember">
            <Outlet />
          </RequireAccess>
        ),
        children: [
          { path: 'customers', element: <CustomersPage /> },
          { path: 'customers/:id', element: <CustomerProfileRoute /> },
          { path: 'alerts', element: <AlertsPage /> },
          { path: 'segments/custom', element: <CustomSegmentsRoute /> },
        ],
      },
      {
        path: 'settings/members',
        element: (
          <RequireAccess access="tenantOwner">
            <MembersPage />
          </RequireAccess>
        ),
      },
      {
        path: 'settings/shops',
        element: (
          <RequireAccess access="tenantOwner">
            <ShopsPage />
          </RequireAccess>
        ),
      },
      {
        path: 'settings/imports',
        element: (
          <RequireAccess access="tenantOwner">
            <ImportsPage />
          </RequireAccess>
        ),
      },
      {
        path: 'settings/keys',
        element: (
          <RequireAccess access="tenantOwner">
            <ApiKeysPage />
          </RequireAccess>
        ),
      },
      {
        path: 'analyses',
        element: (
          <RequireAccess access="tenantMember">
            <AnalysesPage />
          </RequireAccess>
        ),
      },
      {
        path: 'settings/analysis',
        element: (
          <RequireAccess access="tenantMember">
            <AnalysisSettingsRoute />
          </RequireAccess>
        ),
      },
      { path: 'settings/security', element: <SecurityRoute /> },
      {
        path: 'admin',
        element: (
          <RequireAccess access="platformAdmin">
            <Outlet />
          </RequireAccess>
        ),
        children: [
          { path: 'tenants', element: <TenantsPage /> },
          { path: 'mail', element: <MailOutboxPage /> },
          { path: 'audit', element: <AuditLogPage /> },
          // Any other admin address, checked for access like the rest.
          { path: '*', element: <Navigate to="/admin/tenants" replace /> },
        ],
      },
    ],
  },
  { path: '*', element: <Navigate to="/" replace /> },
];
