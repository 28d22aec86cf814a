import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { NewPasswordField } from '@/components/new-password-field';
import { fieldErrors } from '@/lib/api/errors';
import { useResetPassword } from '../api/reset-password';

const FIELDS = ['newPassword'] as const;

interface ResetPasswordFormProps {
  /** From the mailed link. */
  userId: string;
  code: string;
  onSuccess: () => void;
}

export function ResetPasswordForm({ userId, code, onSuccess }: ResetPasswordFormProps) {
  const { t } = useTranslation();
  const reset = useResetPassword();

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const newPassword = String(new FormData(event.currentTarget).get('newPassword') ?? '');
    reset.mutate({ userId, code, newPassword }, { onSuccess });
  };

  return (
    <form className="login-form" onSubmit={handleSubmit}>
      <NewPasswordField name="newPassword" errors={fieldErrors(reset.error, 'newPassword')} testId="reset-password" />
      {reset.error && <ErrorAlert error={reset.error} fieldsShown={FIELDS} />}
      <button type="submit" className="button button-primary" disabled={reset.isPending} data-testid="reset-submit">
        {t('resetPassword.submit')}
      </button>
    </form>
  );
}
