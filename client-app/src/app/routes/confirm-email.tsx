import { useTranslation } from 'react-i18next';
import { PublicPage } from '@/components/public-page';
import { ConfirmEmail } from '@/features/auth/components/confirm-email';
import { useFragmentParams } from '@/hooks/use-fragment-params';
import { BackToLoginLink } from './back-to-login-link';

/** Opened from the confirmation mail: /confirm-email#userId=…&code=… */
export function ConfirmEmailRoute() {
  const { t } = useTranslation();
  const params = useFragmentParams();
  return (
    <PublicPage title={t('confirmEmail.title')} links={<BackToLoginLink />}>
      <ConfirmEmail userId={params.get('userId')} code={params.get('code')} />
    </PublicPage>
  );
}
