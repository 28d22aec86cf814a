import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { PublicPage } from '@/components/public-page';
import { LoginForm } from '@/features/auth/components/login-form';
import { loginStateOf } from './login-state';

export function LoginRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { notice, email } = loginStateOf(useLocation().state);
  return (
    <PublicPage
      title={t('auth.title')}
      subtitle={t('auth.subtitle')}
      links={
        <>
          <Link to="/signup">{t('auth.createAccount')}</Link>
          <Link to="/forgot-password">{t('auth.forgotPassword')}</Link>
        </>
      }
    >
      {notice && (
        <p className="form-notice" role="status" data-testid="login-notice">
          {t(`auth.notices.${notice}`)}
        </p>
      )}
      <LoginForm defaultEmail={email} onSuccess={() => void navigate('/', { replace: true })} />
    </PublicPage>
  );
}
