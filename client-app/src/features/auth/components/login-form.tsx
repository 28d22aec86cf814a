import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/text-field';
import { useLogin } from '../api/login';
import { needsTwoFactor } from '../types';
import { SignInError } from './sign-in-error';
import { TwoFactorSignInForm } from './two-factor-sign-in-form';

interface LoginFormProps {
  /** Filled in when the visitor arrives knowing it, e.g. from an accepted invitation. */
  defaultEmail?: string;
  onSuccess: () => void;
}

export function LoginForm({ defaultEmail = '', onSuccess }: LoginFormProps) {
  const { t } = useTranslation();
  const login = useLogin();
  const [email, setEmail] = useState(defaultEmail);

  if (login.data && needsTwoFactor(login.data)) {
    return <TwoFactorSignInForm onSuccess={onSuccess} onRestart={login.reset} />;
  }

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get('password') ?? '');
    login.mutate(
      { email: email.trim(), password },
      {
        onSuccess: (outcome) => {
          if (!needsTwoFactor(outcome)) onSuccess();
        },
      },
    );
  };

  return (
    <form className="login-form" onSubmit={handleSubmit}>
      <TextField
        label={t('auth.email')}
        name="email"
        type="email"
        autoComplete="username"
        required
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        data-testid="login-email"
      />
      <TextField
        label={t('auth.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        data-testid="login-password"
      />
      {login.error && <SignInError error={login.error} step="password" email={login.variables?.email} />}
      <button type="submit" className="button button-primary" disabled={login.isPending} data-testid="login-submit">
        {t('auth.submit')}
      </button>
    </form>
  );
}
