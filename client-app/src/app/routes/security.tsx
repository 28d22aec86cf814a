import { useTranslation } from 'react-i18next';
import { SignOutEverywhere } from '@/features/auth/components/sign-out-everywhere';
import { TwoFactorSettings } from '@/features/two-factor/components/two-factor-settings';

/** Every signed-in user's own account security: two-factor sign-in and sessions. */
export function SecurityRoute() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <div className="page-heading">
        <h1>{t('security.title')}</h1>
        <p className="muted">{t('security.intro')}</p>
      </div>
      <TwoFactorSettings />
      <SignOutEverywhere />
    </div>
  );
}
