import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { useRemoveMember } from '../api/remove-member';
import type { Member } from '../types';

export function RemoveMemberDialog({ member, onClose }: { member: Member; onClose: () => void }) {
  const { t } = useTranslation();
  const remove = useRemoveMember();
  return (
    <ConfirmDialog
      title={t('members.removeTitle', { email: member.email })}
      confirmLabel={t('members.removeConfirm')}
      confirmTestId="confirm-remove-button"
      pending={remove.isPending}
      error={remove.error}
      onConfirm={() => remove.mutate(member.id, { onSuccess: onClose })}
      onCancel={onClose}
    >
      <p>{t('members.removeBody', { email: member.email })}</p>
    </ConfirmDialog>
  );
}
