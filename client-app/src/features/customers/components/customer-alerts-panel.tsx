import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '@/components/badge';
import { useFormat } from '@/hooks/use-format';
import { useLabel } from '../hooks/use-label';
import type { CustomerAlert } from '../types';
import { Panel } from './panel';

const HANDLED = 'resolved';

/** The churn alerts this customer raised; they are handled on the alerts page. */
export function CustomerAlertsPanel({ alerts }: { alerts: CustomerAlert[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useLabel();
  return (
    <Panel title={t('customers.alerts.title')} testId="customer-alerts-panel">
      {alerts.length === 0 ? (
        <p className="muted">{t('customers.alerts.none')}</p>
      ) : (
        <>
          <ul className="portrait-alerts">
            {alerts.map((alert) => (
              <li key={alert.id} data-testid="customer-alert">
                <Badge tone={alert.status === HANDLED ? 'muted' : 'warn'}>{label('alerts.status', alert.status)}</Badge>
                <span>{alert.summary}</span>
                <time className="muted" dateTime={alert.raisedAt}>
                  {format.dateTime(alert.raisedAt)}
                </time>
              </li>
            ))}
          </ul>
          <Link to="/alerts">{t('customers.alerts.handle')}</Link>
        </>
      )}
    </Panel>
  );
}
