import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { IncompleteLink } from '@/components/incomplete-link';
import { PublicPage } from '@/components/public-page';
import { ResetPasswordForm } from '@/features/auth/components/reset-password-form';
import { useFragmentParams } from '@/hooks/use-fragment-params';
import { BackToLoginLink } from './back-to-login-link';
import { useGoToLogin } from './login-state';

/** Opened from the reset mail: /reset-password#userId=…&code=… */
export function ResetPasswordRoute() {
  const { t } = useTranslation();
  const params = useFragmentParams();
  const goToLogin = useGoToLogin();
  const [userId, code] = [params.get('userId'), params.get('code')];
  return (
    <PublicPage
      title={t('resetPassword.title')}
      links={
        <>
          <Link to="/forgot-password">{t('resetPassword.newLink')}</Link>
          <BackToLoginLink />
        </>
      }
    >
      {userId && code ? (
        <ResetPasswordForm userId={userId} code={code} onSuccess={() => goToLogin({ notice: 'passwordReset' })} />
      ) : (
        <IncompleteLink />
      )}
    </PublicPage>
  );
}
