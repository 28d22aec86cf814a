import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { useDeleteTenant } from '../api/delete-tenant';
import type { TenantUsage } from '../types';

/** Deleting a tenant cannot be undone, so the admin types its name again, exactly as the server compares it. */
export function DeleteTenantDialog({ tenant, onClose }: { tenant: TenantUsage; onClose: () => void }) {
  const { t } = useTranslation();
  const remove = useDeleteTenant();
  const [typedName, setTypedName] = useState('');
  return (
    <ConfirmDialog
      title={t('tenants.deleteTitle', { name: tenant.name })}
      confirmLabel={t('tenants.deleteConfirm')}
      confirmTestId="confirm-delete-button"
      canConfirm={typedName === tenant.name}
      pending={remove.isPending}
      error={remove.error}
      onConfirm={() => remove.mutate({ id: tenant.id, confirmName: typedName }, { onSuccess: onClose })}
      onCancel={onClose}
    >
      <p>{t('tenants.deleteBody')}</p>
      <label className="field">
        <span>{t('tenants.deleteTypeName', { name: tenant.name })}</span>
        <input
          value={typedName}
          onChange={(event) => setTypedName(event.target.value)}
          autoComplete="off"
          spellCheck={false}
          data-testid="confirm-name-input"
        />
      </label>
    </ConfirmDialog>
  );
}
