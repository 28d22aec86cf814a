import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { TextField } from '@/components/text-field';
import { useForgotPassword } from '../api/forgot-password';

export function ForgotPasswordForm() {
  const { t } = useTranslation();
  const forgot = useForgotPassword();

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    forgot.mutate({ email: String(new FormData(event.currentTarget).get('email') ?? '').trim() });
  };

  if (forgot.isSuccess) {
    return (
      <p className="form-notice" role="status" data-testid="forgot-done">
        {t('forgotPassword.done', { email: forgot.variables.email })}
      </p>
    );
  }
  return (
    <form className="login-form" onSubmit={handleSubmit}>
      <TextField label={t('auth.email')} name="email" type="email" autoComplete="email" required data-testid="forgot-email" />
      {forgot.error && <ErrorAlert error={forgot.error} />}
      <button type="submit" className="button button-primary" disabled={forgot.isPending} data-testid="forgot-submit">
        {t('forgotPassword.submit')}
      </button>
    </form>
  );
}
