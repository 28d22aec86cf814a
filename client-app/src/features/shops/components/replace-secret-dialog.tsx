import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { useReplaceWebhookSecret } from '../api/replace-webhook-secret';
import { MIN_SECRET_LENGTH, type ShopConnectionSummary } from '../types';

/** Shopify signs webhooks created in its admin with a key of its own: the owner pastes it here. */
export function ReplaceSecretDialog({ connection, onClose }: { connection: ShopConnectionSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const replace = useReplaceWebhookSecret();
  const [secret, setSecret] = useState('');
  return (
    <ConfirmDialog
      title={t('shops.replaceTitle', { name: connection.name })}
      confirmLabel={t('shops.replaceConfirm')}
      confirmTestId="confirm-replace-secret-button"
      canConfirm={secret.trim().length >= MIN_SECRET_LENGTH}
      pending={replace.isPending}
      error={replace.error}
      onConfirm={() => replace.mutate({ id: connection.id, secret: secret.trim() }, { onSuccess: onClose })}
      onCancel={onClose}
    >
      <p>{t(connection.platform === 'shopify' ? 'shops.replaceBodyShopify' : 'shops.replaceBody')}</p>
      <label className="field">
        <span>{t('shops.webhookSecret')}</span>
        <input value={secret} onChange={(event) => setSecret(event.target.value)} autoComplete="off" data-testid="replace-secret-input" />
      </label>
    </ConfirmDialog>
  );
}
