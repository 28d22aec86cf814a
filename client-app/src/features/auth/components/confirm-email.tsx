import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useConfirmEmail } from '../api/confirm-email';
import { ResendConfirmationForm } from './resend-confirmation-form';

interface ConfirmEmailProps {
  /** From the mailed link; null when the link lost them. */
  userId: string | null;
  code: string | null;
}

/** Confirms the address as soon as the mailed link opens. */
export function ConfirmEmail({ userId, code }: ConfirmEmailProps) {
  const { t } = useTranslation();
  const { mutate, status } = useConfirmEmail();
  const sent = useRef(false);
  const complete = Boolean(userId && code);

  useEffect(() => {
    // Once, also when StrictMode runs the effect twice.
    if (!userId || !code || sent.current) return;
    sent.current = true;
    mutate({ userId, code });
  }, [userId, code, mutate]);

  const state = !complete || status === 'error' ? 'failed' : status === 'success' ? 'confirmed' : 'pending';
  return (
    <div className="stack">
      <p role="status" className={state === 'failed' ? 'form-error' : undefined} data-testid="confirm-status" data-status={state}>
        {t(`confirmEmail.${state}`)}
      </p>
      {state === 'confirmed' && (
        <Link to="/login" className="button button-primary" data-testid="confirm-sign-in">
          {t('account.toSignIn')}
        </Link>
      )}
      {state === 'failed' && <ResendConfirmationForm />}
    </div>
  );
}
