import { useTranslation } from 'react-i18next';
import { CopyValue } from '@/components/copy-value';
import type { CreatedShopConnection } from '../types';
import { SetupSteps } from './setup-steps';

/** What the server shows once: the webhook URL and secret, the API key, and how to set the shop up with them. */
export function NewConnection({ connection, onDone }: { connection: CreatedShopConnection; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="new-key" data-testid="new-connection">
      <p className="new-key-title">{t('shops.newTitle', { name: connection.name })}</p>
      {connection.webhookUrl && <CopyValue label={t('shops.webhookUrl')} value={connection.webhookUrl} testId="webhook-url" />}
      {connection.webhookSecret && <CopyValue label={t('shops.webhookSecret')} value={connection.webhookSecret} testId="webhook-secret" />}
      <CopyValue label={t('shops.apiUrl')} value={connection.apiUrl} testId="api-url" />
      <CopyValue label={t('shops.apiKey')} value={connection.apiKey} testId="api-key" />
      <p className="new-key-warning" role="note">
        {t('shops.newWarning')}
      </p>
      <SetupSteps connection={connection} />
      <button type="button" className="button button-secondary" onClick={onDone} data-testid="dismiss-new-connection-button">
        {t('shops.done')}
      </button>
    </div>
  );
}
