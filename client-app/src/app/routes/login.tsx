import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LanguageSwitch } from '@/components/language-switch';
import { LoginForm } from '@/features/auth/components/login-form';

export function LoginRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <div className="login-page">
      <div className="login-topbar">
        <LanguageSwitch />
      </div>
      <main className="login-card">
        <p className="brand">
          <span className="brand-mark" aria-hidden="true" />
          {t('app.name')}
        </p>
        <h1>{t('auth.title')}</h1>
        <p className="muted">{t('auth.subtitle')}</p>
        <LoginForm onSuccess={() => void navigate('/', { replace: true })} />
      </main>
    </div>
  );
}
