import { useTranslation } from 'react-i18next';
import { PublicPage } from '@/components/public-page';
import { ForgotPasswordForm } from '@/features/auth/components/forgot-password-form';
import { BackToLoginLink } from './back-to-login-link';

export function ForgotPasswordRoute() {
  const { t } = useTranslation();
  return (
    <PublicPage title={t('forgotPassword.title')} subtitle={t('forgotPassword.subtitle')} links={<BackToLoginLink />}>
      <ForgotPasswordForm />
    </PublicPage>
  );
}
