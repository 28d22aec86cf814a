import type { components } from '@/lib/api/schema';

export type ChurnAlert = components['schemas']['ChurnAlertView'];
export type AlertPage = components['schemas']['AlertPage'];
export type AlertAction = components['schemas']['AlertAction'];

/** "active": open, acknowledged, or snoozed and due again. */
export const STATUS_FILTERS = ['active', 'open', 'acknowledged', 'snoozed', 'resolved', 'all'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export const ALERT_STATUSES = ['open', 'acknowledged', 'snoozed', 'resolved'] as const;

export const HANDLINGS = ['acknowledge', 'snooze', 'resolve'] as const;
export type Handling = (typeof HANDLINGS)[number];

export interface AlertFilter {
  status: StatusFilter;
  /** Only the alerts of the customers the signed-in user manages. */
  mine: boolean;
}

/** Why an alert was raised: a code with its numbers, so it can be worded in any language. */
export interface AlertReason {
  code: string;
  values: Record<string, number>;
  from?: string | null;
  to?: string | null;
}

/** What the live hub pushes when an alert is raised: to the tenant, and to the customer's account manager. */
export interface ChurnAlertMessage {
  id: number;
  customerId: string;
  customerName: string | null;
  accountManagerId: string | null;
  kind: string;
  summary: string;
  reasons: AlertReason[];
  raisedAt: string;
  sequence: number;
}
