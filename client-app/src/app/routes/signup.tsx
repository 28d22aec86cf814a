import { useTranslation } from 'react-i18next';
import { PublicPage } from '@/components/public-page';
import { SignUpForm } from '@/features/auth/components/sign-up-form';
import { BackToLoginLink } from './back-to-login-link';

export function SignUpRoute() {
  const { t } = useTranslation();
  return (
    <PublicPage title={t('signUp.title')} subtitle={t('signUp.subtitle')} links={<BackToLoginLink />}>
      <SignUpForm />
    </PublicPage>
  );
}
