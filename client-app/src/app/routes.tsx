import { lazy, Suspense } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { Loading } from '@/components/load-state';
import { AppLayout } from './routes/app-layout';
import { LoginRoute } from './routes/login';

// ECharts is most of the bundle; the login page does without it.
const Dashboard = lazy(() =>
  import('@/features/dashboard/components/dashboard').then((module) => ({ default: module.Dashboard })),
);

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginRoute /> },
  {
    path: '/',
    element: <AppLayout />,
    children: [
      {
        index: true,
        element: (
          <Suspense fallback={<Loading />}>
            <Dashboard />
          </Suspense>
        ),
      },
    ],
  },
  { path: '*', element: <Navigate to="/" replace /> },
];
