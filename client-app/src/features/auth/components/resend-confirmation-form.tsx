import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { TextField } from '@/components/text-field';
import { useResendConfirmation } from '../api/resend-confirmation';

/** Asks for a new confirmation link when the old one failed. */
export function ResendConfirmationForm() {
  const { t } = useTranslation();
  const resend = useResendConfirmation();

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    resend.mutate({ email: String(new FormData(event.currentTarget).get('email') ?? '').trim() });
  };

  if (resend.isSuccess) {
    return (
      <p className="form-notice" role="status">
        {t('account.resent', { email: resend.variables.email })}
      </p>
    );
  }
  return (
    <form className="login-form" onSubmit={handleSubmit}>
      <TextField label={t('auth.email')} name="email" type="email" autoComplete="email" required data-testid="resend-email" />
      {resend.error && <ErrorAlert error={resend.error} />}
      <button type="submit" className="button button-secondary" disabled={resend.isPending} data-testid="resend-submit">
        {t('account.resend')}
      </button>
    </form>
  );
}
