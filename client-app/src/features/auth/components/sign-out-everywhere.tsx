import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { useLogoutEverywhere } from '../api/logout-everywhere';

/** Ends every session of the account, on every device, this one included. */
export function SignOutEverywhere() {
  const { t } = useTranslation();
  const titleId = useId();
  const logout = useLogoutEverywhere();
  const [confirming, setConfirming] = useState(false);

  return (
    <section className="card stack" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('security.sessionsTitle')}</h2>
      <p className="muted">{t('security.sessionsBody')}</p>
      <div>
        <button
          type="button"
          className="button button-danger-quiet"
          onClick={() => setConfirming(true)}
          data-testid="sign-out-everywhere-button"
        >
          {t('security.signOutEverywhere')}
        </button>
      </div>
      {confirming && (
        <ConfirmDialog
          title={t('security.signOutEverywhereTitle')}
          confirmLabel={t('security.signOutEverywhere')}
          confirmTestId="confirm-sign-out-everywhere-button"
          pending={logout.isPending}
          error={logout.error}
          onConfirm={() => logout.mutate()}
          onCancel={() => setConfirming(false)}
        >
          <p>{t('security.signOutEverywhereBody')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
