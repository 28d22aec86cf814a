import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '@/lib/api/errors';
import { SIGN_IN_REFUSALS } from '../types';
import { ResendConfirmationButton } from './resend-confirmation-button';

type Reason =
  | 'wrongCredentials'
  | 'wrongCode'
  | 'invalid'
  | 'emailNotConfirmed'
  | 'suspended'
  | 'locked'
  | 'tooManyRequests'
  | 'generic';

/** Which step failed: the password, or the two-factor code after it. */
export type SignInStep = 'password' | 'code';

function reasonOf(error: Error, step: SignInStep): Reason {
  if (!(error instanceof ApiError)) return 'generic';
  switch (error.status) {
    case 400:
      return step === 'password' ? 'invalid' : 'wrongCode';
    case 401:
      return step === 'password' ? 'wrongCredentials' : 'wrongCode';
    case 403:
      if (error.problem?.type === SIGN_IN_REFUSALS.emailNotConfirmed) return 'emailNotConfirmed';
      if (error.problem?.type === SIGN_IN_REFUSALS.suspended) return 'suspended';
      return 'generic';
    // Only the code step says "locked": at the password step a lock answers as a wrong password does, so it
    // does not tell which addresses have accounts.
    case 423:
      return 'locked';
    case 429:
      return 'tooManyRequests';
    default:
      return 'generic';
  }
}

interface SignInErrorProps {
  error: Error;
  step: SignInStep;
  /** The address signed in with, to mail its confirmation link again. */
  email?: string;
}

/** Why a sign-in failed, with the way out where there is one. */
export function SignInError({ error, step, email = '' }: SignInErrorProps) {
  const { t } = useTranslation();
  const reason = reasonOf(error, step);
  return (
    <div className="form-error" role="alert" data-testid="login-error" data-reason={reason}>
      <p>{reason === 'generic' ? t('errors.generic') : t(`auth.errors.${reason}`)}</p>
      {reason === 'suspended' && error instanceof ApiError && error.problem?.detail && <p>{error.problem.detail}</p>}
      {reason === 'emailNotConfirmed' && <ResendConfirmationButton email={email} />}
      {(reason === 'locked' || reason === 'wrongCredentials') && <Link to="/forgot-password">{t('auth.forgotPassword')}</Link>}
    </div>
  );
}
