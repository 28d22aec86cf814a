import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { useRevokeApiKey } from '../api/revoke-api-key';
import type { ApiKeySummary } from '../types';

export function RevokeApiKeyDialog({ apiKey, onClose }: { apiKey: ApiKeySummary; onClose: () => void }) {
  const { t } = useTranslation();
  const revoke = useRevokeApiKey();
  return (
    <ConfirmDialog
      title={t('apiKeys.revokeTitle')}
      confirmLabel={t('apiKeys.revokeConfirm')}
      confirmTestId="confirm-revoke-button"
      pending={revoke.isPending}
      error={revoke.error}
      onConfirm={() => revoke.mutate(apiKey.id, { onSuccess: onClose })}
      onCancel={onClose}
    >
      <p>{t('apiKeys.revokeBody', { name: apiKey.name })}</p>
    </ConfirmDialog>
  );
}
