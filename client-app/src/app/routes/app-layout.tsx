import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LanguageSwitch } from '@/components/language-switch';
import { Loading } from '@/components/load-state';
import { LiveAlerts } from '@/features/alerts/components/live-alerts';
import { canAccess } from '@/features/auth/access';
import { RequireAuth } from '@/features/auth/components/require-auth';
import { SignOutButton } from '@/features/auth/components/sign-out-button';
import { MainNav } from './main-nav';

export function AppLayout() {
  const { t } = useTranslation();
  return (
    <RequireAuth>
      {(user) => (
        <>
          <header className="app-header">
            <div className="brand">
              <span className="brand-mark" aria-hidden="true" />
              <span>{t('app.name')}</span>
              {user.tenantName !== null && (
                <span className="tenant-name" data-testid="tenant-name">
                  {user.tenantName}
                </span>
              )}
            </div>
            <MainNav user={user} />
            <div className="header-actions">
              <LanguageSwitch />
              <span className="user-email" data-testid="user-email">
                {user.email}
              </span>
              <SignOutButton />
            </div>
          </header>
          <main className="app-main">
            {/* Pages load lazily, each in its own chunk. */}
            <Suspense fallback={<Loading />}>
              <Outlet />
            </Suspense>
          </main>
          {canAccess(user, 'tenantMember') && <LiveAlerts />}
        </>
      )}
    </RequireAuth>
  );
}
