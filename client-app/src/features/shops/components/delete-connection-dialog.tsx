import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { useDeleteShopConnection } from '../api/delete-shop-connection';
import type { ShopConnectionSummary } from '../types';

export function DeleteConnectionDialog({ connection, onClose }: { connection: ShopConnectionSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const remove = useDeleteShopConnection();
  return (
    <ConfirmDialog
      title={t('shops.deleteTitle')}
      confirmLabel={t('shops.deleteConfirm')}
      confirmTestId="confirm-delete-connection-button"
      pending={remove.isPending}
      error={remove.error}
      onConfirm={() => remove.mutate(connection.id, { onSuccess: onClose })}
      onCancel={onClose}
    >
      <p>{t('shops.deleteBody', { name: connection.name })}</p>
    </ConfirmDialog>
  );
}
