import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/hooks/use-format';
import type { AlertReason } from '../types';

const isReason = (value: unknown): value is AlertReason =>
  typeof value === 'object' && value !== null && typeof (value as AlertReason).code === 'string';

/** The reasons the server stored with the alert; anything else reads as none. */
export const reasonsOf = (reasons: unknown): AlertReason[] => (Array.isArray(reasons) ? reasons.filter(isReason) : []);

/** Why the alert was raised, in the user's language; an unknown reason falls back to the server's English summary. */
export function AlertReasons({ reasons, summary }: { reasons: AlertReason[]; summary: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const segment = (code: string | null | undefined) =>
    code && i18n.exists(`segments.${code}`) ? t(`segments.${code}` as ParseKeys) : (code ?? '');

  const describe = ({ code, values, from, to }: AlertReason): string | undefined => {
    switch (code) {
      case 'risk-crossed':
        return t('alerts.reasons.riskCrossed', { risk: format.percent(values.risk ?? 0), line: format.percent(values.threshold ?? 0) });
      case 'segment-entered':
        return t('alerts.reasons.segmentEntered', { from: segment(from), to: segment(to) });
      case 'no-order': {
        const days = Math.floor(values.days ?? 0);
        return values.usualIntervalDays === undefined
          ? t('alerts.reasons.noOrder', { count: days })
          : t('alerts.reasons.noOrderUsual', { count: days, usual: Math.round(values.usualIntervalDays) });
      }
      case 'p-alive-fell':
        return t('alerts.reasons.probabilityAliveFell', {
          before: format.percent(values.before ?? 0),
          after: format.percent(values.after ?? 0),
        });
      case 'clv':
        return t('alerts.reasons.clv', { clv: format.money(values.clv ?? 0) });
      default:
        return undefined;
    }
  };

  const described = reasons.map(describe);
  if (described.length === 0 || described.includes(undefined)) return <p className="alert-summary">{summary}</p>;
  return (
    <ul className="alert-reasons" data-testid="alert-reasons">
      {described.map((text, index) => (
        <li key={index}>{text}</li>
      ))}
    </ul>
  );
}
