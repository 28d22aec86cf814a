import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/badge';
import type { QueuedMail } from '../types';

/** Delivered over SMTP; failed at its last attempt; or held in the outbox, where mail stays without SMTP. */
const statusOf = (mail: QueuedMail) => (mail.deliveredAt ? 'delivered' : mail.lastError ? 'failed' : 'held');

const TONES = { delivered: 'ok', failed: 'danger', held: 'muted' } as const;

export function MailStatusBadge({ mail }: { mail: QueuedMail }) {
  const { t } = useTranslation();
  const status = statusOf(mail);
  return (
    <Badge
      tone={TONES[status]}
      title={mail.lastError ?? undefined}
      data-status={status}
      data-testid="mail-status"
    >
      {t(`mail.status.${status}`)}
    </Badge>
  );
}
