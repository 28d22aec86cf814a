import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { ActiveAlertsBadge } from '@/features/alerts/components/active-alerts-badge';
import { canAccess, type Access } from '@/features/auth/access';
import type { CurrentUser } from '@/features/auth/types';

const LINKS = [
  { to: '/', label: 'nav.dashboard', access: 'tenantMember' },
  { to: '/customers', label: 'customers.title', access: 'tenantMember' },
  { to: '/alerts', label: 'alerts.title', access: 'tenantMember', badge: ActiveAlertsBadge },
  { to: '/segments/custom', label: 'customSegments.nav', access: 'tenantMember' },
  { to: '/analyses', label: 'analyses.nav', access: 'tenantMember' },
  { to: '/settings/members', label: 'nav.members', access: 'tenantOwner' },
  { to: '/settings/shops', label: 'nav.shops', access: 'tenantOwner' },
  { to: '/settings/keys', label: 'nav.apiKeys', access: 'tenantOwner' },
  { to: '/settings/imports', label: 'nav.imports', access: 'tenantOwner' },
  { to: '/settings/analysis', label: 'settings.nav', access: 'tenantOwner' },
  { to: '/admin/tenants', label: 'nav.tenants', access: 'platformAdmin' },
  { to: '/admin/mail', label: 'nav.mail', access: 'platformAdmin' },
  { to: '/admin/audit', label: 'nav.audit', access: 'platformAdmin' },
  { to: '/settings/security', label: 'nav.security', access: 'signedIn' },
] as const satisfies readonly { to: string; label: string; access: Access; badge?: ComponentType }[];

export function MainNav({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      {LINKS.filter((link) => canAccess(user, link.access)).map((link) => (
        // Below "/" is everything, but a customer's portrait is still under Customers.
        <NavLink key={link.to} to={link.to} end={link.to === '/'} className="main-nav-link">
          {t(link.label)}
          {'badge' in link && <link.badge />}
        </NavLink>
      ))}
    </nav>
  );
}
