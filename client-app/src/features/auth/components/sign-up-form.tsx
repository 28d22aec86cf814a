import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { NewPasswordField } from '@/components/new-password-field';
import { TextField } from '@/components/text-field';
import { fieldErrors } from '@/lib/api/errors';
import { TENANT_NAME_MAX_LENGTH } from '@/lib/limits';
import { useSignUp } from '../api/sign-up';
import { ResendConfirmationButton } from './resend-confirmation-button';

const FIELDS = ['companyName', 'email', 'password'] as const;

export function SignUpForm() {
  const { t } = useTranslation();
  const signUp = useSignUp();

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    signUp.mutate({
      companyName: String(form.get('companyName') ?? '').trim(),
      email: String(form.get('email') ?? '').trim(),
      password: String(form.get('password') ?? ''),
    });
  };

  if (signUp.isSuccess) {
    return (
      <div className="stack" role="status" data-testid="signup-done">
        <h2>{t('signUp.doneTitle')}</h2>
        <p>{t('signUp.doneBody', { email: signUp.variables.email })}</p>
        <ResendConfirmationButton email={signUp.variables.email} />
      </div>
    );
  }
  return (
    <form className="login-form" onSubmit={handleSubmit}>
      <TextField
        label={t('signUp.company')}
        name="companyName"
        autoComplete="organization"
        maxLength={TENANT_NAME_MAX_LENGTH}
        required
        errors={fieldErrors(signUp.error, 'companyName')}
        data-testid="signup-company"
      />
      <TextField
        label={t('auth.email')}
        name="email"
        type="email"
        autoComplete="email"
        required
        errors={fieldErrors(signUp.error, 'email')}
        data-testid="signup-email"
      />
      <NewPasswordField name="password" errors={fieldErrors(signUp.error, 'password')} testId="signup-password" />
      {signUp.error && <ErrorAlert error={signUp.error} fieldsShown={FIELDS} />}
      <button type="submit" className="button button-primary" disabled={signUp.isPending} data-testid="signup-submit">
        {t('signUp.submit')}
      </button>
    </form>
  );
}
