import { useTranslation } from 'react-i18next';
import { useCopy } from '@/hooks/use-copy';
import type { CreatedApiKey } from '../types';

/** The full key, which the server returns only in the answer to its creation. */
export function NewApiKey({ apiKey, onDone }: { apiKey: CreatedApiKey; onDone: () => void }) {
  const { t } = useTranslation();
  const [copy, copyKey] = useCopy(apiKey.key);

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
