import { useTranslation } from 'react-i18next';
import { useFormat } from '@/hooks/use-format';
import { useActiveAlertCount } from '../api/get-active-alert-count';
import '../alerts.css';

/** The number of active alerts, beside the nav link to them; nothing while there are none. */
export function ActiveAlertsBadge() {
  const { t } = useTranslation();
  const format = useFormat();
  const active = useActiveAlertCount();
  if (!active.data || active.data.count === 0) return null;
  const count = `${format.number(active.data.count)}${active.data.more ? '+' : ''}`;
  return (
    <span className="nav-count" data-testid="active-alerts-badge">
      <span aria-hidden="true">{count}</span>
      <span className="sr-only">{t('alerts.activeCount', { count: active.data.count, shown: count })}</span>
    </span>
  );
}
