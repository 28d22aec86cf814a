import { useTranslation } from 'react-i18next';
import type { LiveStatus } from '@/lib/live/connection';

export function LiveStatusBadge({ status }: { status: LiveStatus }) {
  const { t } = useTranslation();
  return (
    <span className="live-status" role="status" data-status={status} data-testid="live-status">
      {t(`live.${status}`)}
    </span>
  );
}
