import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/badge';
import { ErrorAlert } from '@/components/error-alert';
import { LoadError, Loading } from '@/components/load-state';
import { useDisableTwoFactor } from '../api/disable-two-factor';
import { useEnableTwoFactor } from '../api/enable-two-factor';
import { useTwoFactorStatus } from '../api/get-two-factor-status';
import { useSetUpAuthenticator } from '../api/set-up-authenticator';
import type { TwoFactorStatus } from '../types';
import { AuthenticatorSetup } from './authenticator-setup';
import { RecoveryCodes } from './recovery-codes';
import { TwoFactorCodeForm } from './two-factor-code-form';

/** Two-factor sign-in: off → a new key → its first code turns it on → the recovery codes, once; off again with a code. */
export function TwoFactorSettings() {
  const { t } = useTranslation();
  const titleId = useId();
  const status = useTwoFactorStatus();

  return (
    <section className="card stack" aria-labelledby={titleId}>
      <header className="card-header">
        <h2 id={titleId}>{t('twoFactor.title')}</h2>
        {status.data && <TwoFactorBadge status={status.data} />}
      </header>
      <p className="muted">{t('twoFactor.intro')}</p>
      {status.data ? (
        <TwoFactorSteps status={status.data} />
      ) : status.isError ? (
        <LoadError onRetry={() => void status.refetch()} />
      ) : (
        <Loading />
      )}
    </section>
  );
}

function TwoFactorBadge({ status }: { status: TwoFactorStatus }) {
  const { t } = useTranslation();
  return (
    <Badge tone={status.enabled ? 'ok' : 'muted'} data-testid="two-factor-status" data-enabled={status.enabled}>
      {t(status.enabled ? 'twoFactor.on' : 'twoFactor.off')}
    </Badge>
  );
}

function TwoFactorSteps({ status }: { status: TwoFactorStatus }) {
  const { t } = useTranslation();
  const setup = useSetUpAuthenticator();
  const enable = useEnableTwoFactor();
  const disable = useDisableTwoFactor();
  const startOver = () => {
    enable.reset();
    setup.reset();
  };

  if (enable.data) return <RecoveryCodes codes={enable.data.codes} onDone={startOver} />;
  if (status.enabled) {
    return (
      <>
        <p data-testid="recovery-codes-left">{t('twoFactor.codesLeft', { count: Number(status.recoveryCodesLeft) })}</p>
        <p>{t('twoFactor.disableIntro')}</p>
        <TwoFactorCodeForm
          submitLabel={t('twoFactor.disable')}
          testIdPrefix="two-factor-disable"
          danger
          pending={disable.isPending}
          error={disable.error}
          onSubmit={(code) => disable.mutate({ code })}
        />
      </>
    );
  }
  if (setup.data) {
    return (
      <AuthenticatorSetup
        setup={setup.data}
        enabling={enable.isPending}
        error={enable.error}
        onEnable={(code) => enable.mutate({ code })}
        onCancel={startOver}
      />
    );
  }
  return (
    <>
      {setup.error && <ErrorAlert error={setup.error} />}
      <div>
        <button
          type="button"
          className="button button-primary"
          disabled={setup.isPending}
          onClick={() => setup.mutate()}
          data-testid="two-factor-setup-button"
        >
          {t('twoFactor.setUp')}
        </button>
      </div>
    </>
  );
}
