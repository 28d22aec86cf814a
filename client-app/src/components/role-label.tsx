import { useTranslation } from 'react-i18next';

const ROLES = ['TenantOwner', 'AccountManager', 'PlatformAdmin'] as const;

const isKnown = (role: string): role is (typeof ROLES)[number] => (ROLES as readonly string[]).includes(role);

/** A role's name in the user's language; a role this app does not know shows as the server names it. */
export function RoleLabel({ role }: { role: string }) {
  const { t } = useTranslation();
  return <>{isKnown(role) ? t(`roles.${role}`) : role}</>;
}
