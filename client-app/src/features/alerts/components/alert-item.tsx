import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '@/components/badge';
import { ErrorAlert } from '@/components/error-alert';
import { useFormat } from '@/hooks/use-format';
import { useHandleAlert } from '../api/handle-alert';
import { ALERT_STATUSES, type ChurnAlert } from '../types';
import { AlertReasons, reasonsOf } from './alert-reasons';
import { HandleAlertForm } from './handle-alert-form';

const TONES = { open: 'danger', acknowledged: 'warn', snoozed: 'muted', resolved: 'ok' } as const;

const isKnownStatus = (status: string): status is (typeof ALERT_STATUSES)[number] =>
  (ALERT_STATUSES as readonly string[]).includes(status);

export function AlertItem({ alert }: { alert: ChurnAlert }) {
  const { t } = useTranslation();
  const format = useFormat();
  const acknowledge = useHandleAlert();
  const [form, setForm] = useState<'snooze' | 'resolve' | null>(null);
  const status = alert.status;

  return (
    <li className="alert-item" data-testid="alert-item" data-alert-id={alert.id} data-status={status}>
      <div className="alert-item-heading">
        <Link to={`/customers/${encodeURIComponent(alert.customerId)}`} className="alert-customer" data-testid="alert-customer">
          {alert.customerName ?? t('alerts.unnamed', { id: alert.customerId })}
        </Link>
        <Badge tone={isKnownStatus(status) ? TONES[status] : 'muted'} data-testid="alert-status">
          {isKnownStatus(status) ? t(`alerts.status.${status}`) : status}
        </Badge>
        <time className="muted" dateTime={alert.raisedAt}>
          {t('alerts.raised', { time: format.dateTime(alert.raisedAt) })}
        </time>
      </div>
      <AlertReasons reasons={reasonsOf(alert.reasons)} summary={alert.summary} />
      {alert.note && <p className="alert-note muted">{t('alerts.noteWas', { note: alert.note })}</p>}
      {alert.followUpOn && <p className="muted">{t('alerts.followUp', { day: format.day(alert.followUpOn) })}</p>}
      {status === 'snoozed' && alert.snoozedUntil && (
        <p className="muted">{t('alerts.snoozedUntil', { time: format.dateTime(alert.snoozedUntil) })}</p>
      )}
      {status !== 'resolved' && form === null && (
        <div className="row-actions">
          {status !== 'acknowledged' && (
            <button
              type="button"
              className="button button-secondary button-small"
              disabled={acknowledge.isPending}
              onClick={() => acknowledge.mutate({ id: alert.id, handling: 'acknowledge', action: {} })}
              data-testid="acknowledge-button"
            >
              {t('alerts.actions.acknowledge')}
            </button>
          )}
          <button type="button" className="button button-secondary button-small" onClick={() => setForm('snooze')} data-testid="snooze-button">
            {t('alerts.actions.snooze')}
          </button>
          <button type="button" className="button button-primary button-small" onClick={() => setForm('resolve')} data-testid="resolve-button">
            {t('alerts.actions.resolve')}
          </button>
        </div>
      )}
      {acknowledge.error && <ErrorAlert error={acknowledge.error} />}
      {form && <HandleAlertForm alert={alert} handling={form} onDone={() => setForm(null)} />}
    </li>
  );
}
