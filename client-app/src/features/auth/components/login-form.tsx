import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/errors';
import { useLogin } from '../api/login';

type ErrorKey = 'auth.wrongCredentials' | 'auth.invalid' | 'errors.generic';

function errorKey(error: Error): ErrorKey {
  if (error instanceof ApiError && error.status === 401) return 'auth.wrongCredentials';
  if (error instanceof ApiError && error.status === 400) return 'auth.invalid';
  return 'errors.generic';
}

export function LoginForm({ onSuccess }: { onSuccess: () => void }) {
  const { t } = useTranslation();
  const login = useLogin();

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    login.mutate(
      { email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') },
      { onSuccess },
    );
  };

  return (
    <form className="login-form" onSubmit={handleSubmit}>
      <label className="field">
        <span>{t('auth.email')}</span>
        <input name="email" type="email" autoComplete="username" required />
      </label>
      <label className="field">
        <span>{t('auth.password')}</span>
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {login.error && (
        <p className="form-error" role="alert">
          {t(errorKey(login.error))}
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={login.isPending}>
        {t('auth.submit')}
      </button>
    </form>
  );
}
