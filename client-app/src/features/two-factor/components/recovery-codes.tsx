import { useTranslation } from 'react-i18next';

/** The recovery codes, in the answer that turned two-factor sign-in on: never shown again. */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="new-key" data-testid="recovery-codes">
      <p className="new-key-title">{t('twoFactor.recoveryTitle')}</p>
      <ul className="recovery-code-list">
        {codes.map((code) => (
          <li key={code}>
            <code data-testid="recovery-code">{code}</code>
          </li>
        ))}
      </ul>
      <p className="new-key-warning" role="note">
        {t('twoFactor.recoveryWarning')}
      </p>
      <button type="button" className="button button-secondary" onClick={onDone} data-testid="recovery-codes-done">
        {t('twoFactor.recoveryDone')}
      </button>
    </div>
  );
}
