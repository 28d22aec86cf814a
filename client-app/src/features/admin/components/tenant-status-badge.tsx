import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/badge';

const isKnown = (status: string): status is 'active' | 'suspended' => status === 'active' || status === 'suspended';

export function TenantStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Badge tone={status === 'active' ? 'ok' : 'warn'} data-status={status} data-testid="tenant-status">
      {isKnown(status) ? t(`tenants.status.${status}`) : status}
    </Badge>
  );
}
