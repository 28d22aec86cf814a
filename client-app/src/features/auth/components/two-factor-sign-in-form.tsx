import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/text-field';
import { useLoginTwoFactor } from '../api/login-two-factor';
import { SignInError } from './sign-in-error';

interface TwoFactorSignInFormProps {
  onSuccess: () => void;
  /** Back to the email and password. */
  onRestart: () => void;
}

/** The second sign-in step: the authenticator's current code, or one of the recovery codes. */
export function TwoFactorSignInForm({ onSuccess, onRestart }: TwoFactorSignInFormProps) {
  const { t } = useTranslation();
  const verify = useLoginTwoFactor();
  const [withRecoveryCode, setWithRecoveryCode] = useState(false);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get('code') ?? '').trim();
    verify.mutate(withRecoveryCode ? { code: null, recoveryCode: value } : { code: value, recoveryCode: null }, { onSuccess });
  };

  const switchCodeKind = () => {
    verify.reset();
    setWithRecoveryCode(!withRecoveryCode);
  };

  return (
    <form className="login-form" onSubmit={handleSubmit}>
      <p className="muted">{t(withRecoveryCode ? 'auth.twoFactor.recoveryIntro' : 'auth.twoFactor.intro')}</p>
      <TextField
        // A new field for the other kind of code, so nothing typed for one is sent as the other.
        key={withRecoveryCode ? 'recovery' : 'authenticator'}
        label={t(withRecoveryCode ? 'auth.twoFactor.recoveryCode' : 'auth.twoFactor.code')}
        name="code"
        autoComplete="one-time-code"
        inputMode={withRecoveryCode ? 'text' : 'numeric'}
        spellCheck={false}
        required
        autoFocus
        data-testid="two-factor-code"
      />
      {verify.error && <SignInError error={verify.error} step="code" />}
      <button type="submit" className="button button-primary" disabled={verify.isPending} data-testid="two-factor-submit">
        {t('auth.twoFactor.submit')}
      </button>
      <div className="form-links">
        <button type="button" className="link-button" onClick={switchCodeKind} data-testid="two-factor-toggle">
          {t(withRecoveryCode ? 'auth.twoFactor.useAuthenticator' : 'auth.twoFactor.useRecoveryCode')}
        </button>
        <button type="button" className="link-button" onClick={onRestart}>
          {t('auth.twoFactor.restart')}
        </button>
      </div>
    </form>
  );
}
