import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLiveAlerts } from '../api/use-live-alerts';
import type { ChurnAlertMessage } from '../types';
import '../alerts.css';

/** The newest notices stay; older ones make way. */
const MAX_NOTICES = 3;

/** Listens for alerts while the user is signed in, and tells an account manager about those for their customers. */
export function LiveAlerts() {
  const { t } = useTranslation();
  const [notices, setNotices] = useState<ChurnAlertMessage[]>([]);
  const dismiss = (id: number) => setNotices((current) => current.filter((notice) => notice.id !== id));
  useLiveAlerts(
    useCallback((alert: ChurnAlertMessage) => setNotices((current) => [alert, ...current].slice(0, MAX_NOTICES)), []),
  );

  return (
    <div className="alert-notices" role="status" aria-live="polite">
      {notices.map((notice) => (
        <div key={notice.id} className="alert-notice" data-testid="assigned-alert-notice">
          <p>
            {t('alerts.assigned', { customer: notice.customerName ?? notice.customerId })}{' '}
            <Link to={`/customers/${encodeURIComponent(notice.customerId)}`} onClick={() => dismiss(notice.id)}>
              {t('alerts.openProfile')}
            </Link>
          </p>
          <button
            type="button"
            className="link-button"
            onClick={() => dismiss(notice.id)}
            aria-label={t('alerts.dismiss')}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
