import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { useDeleteCustomSegment } from '../api/delete-custom-segment';
import type { CustomSegmentView } from '../types';

interface DeleteSegmentDialogProps {
  segment: CustomSegmentView;
  onClose: () => void;
  onDeleted: () => void;
}

export function DeleteSegmentDialog({ segment, onClose, onDeleted }: DeleteSegmentDialogProps) {
  const { t } = useTranslation();
  const remove = useDeleteCustomSegment();
  return (
    <ConfirmDialog
      title={t('customSegments.deleteTitle', { name: segment.name })}
      confirmLabel={t('customSegments.delete')}
      confirmTestId="confirm-delete-segment"
      pending={remove.isPending}
      error={remove.error}
      onConfirm={() => remove.mutate(Number(segment.id), { onSuccess: onDeleted })}
      onCancel={onClose}
    >
      <p>{t('customSegments.deleteBody')}</p>
    </ConfirmDialog>
  );
}
