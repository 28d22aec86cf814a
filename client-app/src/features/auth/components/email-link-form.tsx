import type { FormEvent } from 'react';
import type { UseMutationResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { TextField } from '@/components/text-field';
import type { EmailRequest } from '../types';

interface EmailLinkFormProps {
  /** The request that mails the link; it always answers the same, so success only means "sent if known". */
  request: UseMutationResult<void, Error, EmailRequest>;
  submitLabel: string;
  doneMessage: (email: string) => string;
  /** Prefix of the test ids: `<prefix>-email`, `<prefix>-submit`, `<prefix>-done`. */
  testId: string;
  primary?: boolean;
}

/** Asks for an address and mails a link to it: a password reset or a new confirmation. */
export function EmailLinkForm({ request, submitLabel, doneMessage, testId, primary = false }: EmailLinkFormProps) {
  const { t } = useTranslation();

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    request.mutate({ email: String(new FormData(event.currentTarget).get('email') ?? '').trim() });
  };

  if (request.isSuccess) {
    return (
      <p className="form-notice" role="status" data-testid={`${testId}-done`}>
        {doneMessage(request.variables.email)}
      </p>
    );
  }
  return (
    <form className="login-form" onSubmit={handleSubmit}>
      <TextField label={t('auth.email')} name="email" type="email" autoComplete="email" required data-testid={`${testId}-email`} />
      {request.error && <ErrorAlert error={request.error} />}
      <button
        type="submit"
        className={primary ? 'button button-primary' : 'button button-secondary'}
        disabled={request.isPending}
        data-testid={`${testId}-submit`}
      >
        {submitLabel}
      </button>
    </form>
  );
}
