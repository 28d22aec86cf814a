import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedApiKey } from '../types';

type CopyState = 'idle' | 'copied' | 'failed';

/** The full key, which the server returns only in the answer to its creation. */
export function NewApiKey({ apiKey, onDone }: { apiKey: CreatedApiKey; onDone: () => void }) {
  const { t } = useTranslation();
  const [copy, setCopy] = useState<CopyState>('idle');

  const copyKey = () =>
    // The clipboard is missing outside secure contexts, hence the call inside the promise chain.
    Promise.resolve()
      .then(() => navigator.clipboard.writeText(apiKey.key))
      .then(
        () => setCopy('copied'),
        () => setCopy('failed'),
      );

  return (
    <div className="new-key" data-testid="new-key">
      <p className="new-key-title">{t('apiKeys.newKeyTitle', { name: apiKey.name })}</p>
      <div className="new-key-value-row">
        <code className="new-key-value" data-testid="new-key-value">
          {apiKey.key}
        </code>
        <button type="button" className="button button-secondary" onClick={() => void copyKey()} data-testid="copy-key-button">
          {copy === 'copied' ? t('apiKeys.copied') : t('apiKeys.copy')}
        </button>
      </div>
      <p className="new-key-warning" role="note">
        {copy === 'failed' ? t('apiKeys.copyFailed') : t('apiKeys.newKeyWarning')}
      </p>
      <button type="button" className="button button-secondary" onClick={onDone} data-testid="dismiss-new-key-button">
        {t('apiKeys.done')}
      </button>
    </div>
  );
}
