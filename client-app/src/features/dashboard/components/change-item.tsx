import { useTranslation } from 'react-i18next';
import { useSegmentLabel } from '../segments';
import type { SegmentChange } from '../types';

export function ChangeItem({ change, formatTime }: { change: SegmentChange; formatTime: (date: Date) => string }) {
  const { t } = useTranslation();
  const label = useSegmentLabel();
  return (
    <li className="change-item" data-testid="change-item">
      <span className="change-customer">{change.customerName ?? t('feed.unnamed', { id: change.customerId })}</span>
      <span className="change-move">
        <span className="pill">{label(change.from)}</span>
        <span aria-hidden="true">→</span>
        <span className="sr-only">{t('feed.to')}</span>
        <span className="pill pill-accent">{label(change.to)}</span>
      </span>
      <time className="change-time muted" dateTime={change.at}>
        {formatTime(new Date(change.at))}
      </time>
    </li>
  );
}
