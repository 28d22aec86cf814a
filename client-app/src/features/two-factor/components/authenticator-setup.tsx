import { useTranslation } from 'react-i18next';
import type { AuthenticatorSetup as Setup } from '../types';
import { TwoFactorCodeForm } from './two-factor-code-form';

interface AuthenticatorSetupProps {
  setup: Setup;
  enabling: boolean;
  error: Error | null;
  onEnable: (code: string) => void;
  onCancel: () => void;
}

/** The new key, to type or open in an authenticator app, then its first code to turn two-factor sign-in on. */
export function AuthenticatorSetup({ setup, enabling, error, onEnable, onCancel }: AuthenticatorSetupProps) {
  const { t } = useTranslation();
  return (
    <div className="stack" data-testid="authenticator-setup">
      <ol className="steps">
        <li>
          <p>{t('twoFactor.setupKey')}</p>
          <code className="secret-key" data-testid="authenticator-key">
            {setup.sharedKey}
          </code>
          <p>
            <a href={setup.authenticatorUri} data-testid="authenticator-link">
              {t('twoFactor.openInApp')}
            </a>
          </p>
        </li>
        <li>
          <p>{t('twoFactor.setupCode')}</p>
          <TwoFactorCodeForm
            submitLabel={t('twoFactor.enable')}
            testIdPrefix="two-factor-enable"
            pending={enabling}
            error={error}
            onSubmit={onEnable}
          />
        </li>
      </ol>
      <div>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
