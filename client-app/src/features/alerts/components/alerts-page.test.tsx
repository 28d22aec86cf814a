import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { antiforgery, bodiesSentTo, json, problem, requestsTo, stubApi } from '@/testing/fetch';
import { latestHub } from '@/testing/fake-hub';
import { renderApp } from '@/testing/render';
import type { AlertAction, AlertReason, ChurnAlert, ChurnAlertMessage } from '../types';

vi.mock('@/lib/live/connection', () => import('@/testing/fake-hub'));

const manager = { email: 'manager@tea.test', tenantId: 't-1', tenantName: 'Tea House', roles: ['AccountManager'] };

const reasons: AlertReason[] = [
  { code: 'risk-crossed', values: { risk: 0.72, threshold: 0.6 } },
  { code: 'no-order', values: { days: 94.6, usualIntervalDays: 21.2 } },
];

const alert = (id: number, customerName: string, more: Partial<ChurnAlert> = {}): ChurnAlert => ({
  id,
  customerId: `c-${id}`,
  customerName,
  accountManagerId: 'u2',
  kind: 'risk-crossed',
  summary: 'churn risk 0.72 above the line 0.60; no order for 94 days, usual interval 21 days',
  reasons,
  raisedAt: '2025-06-02T08:00:00Z',
  status: 'open',
  note: null,
  followUpOn: null,
  snoozedUntil: null,
  handledBy: null,
  handledAt: null,
  ...more,
});

let alerts: ChurnAlert[];

beforeEach(() => {
  alerts = [alert(1, 'Ada Lovelace')];
});

const isActive = (a: ChurnAlert) => a.status !== 'resolved' && a.status !== 'snoozed';

/** Handles an alert as the server does: a note is required to resolve, a snooze time must be in the future. */
async function handle(id: number, status: string, request: Request) {
  const action = (await request.json()) as AlertAction;
  if (status === 'resolved' && !action.note?.trim()) {
    return problem(400, 'One or more validation errors occurred.', { errors: { note: ['A note is required to resolve.'] } });
  }
  if (status === 'snoozed' && new Date(action.snoozeUntil!) <= new Date('2026-01-01')) {
    return problem(400, 'One or more validation errors occurred.', { errors: { snoozeUntil: ['A time in the future.'] } });
  }
  alerts = alerts.map((a) => (a.id === id ? { ...a, status, note: action.note ?? null, followUpOn: action.followUpOn ?? null } : a));
  return json(alerts.find((a) => a.id === id));
}

function stubServer() {
  return stubApi({
    'GET /api/v1/auth/me': () => json(manager),
    'GET /api/v1/auth/antiforgery': antiforgery(),
    'GET /api/v1/alerts': (request) => {
      const status = new URL(request.url).searchParams.get('status');
      const items = alerts.filter((a) => (status === 'active' ? isActive(a) : status === 'all' || a.status === status));
      return json({ items, offset: 0, hasMore: false });
    },
    'POST /api/v1/alerts/1/resolve': (request) => handle(1, 'resolved', request),
    'POST /api/v1/alerts/1/snooze': (request) => handle(1, 'snoozed', request),
    'POST /api/v1/alerts/1/acknowledge': (request) => handle(1, 'acknowledged', request),
  });
}

const items = () => screen.queryAllByTestId('alert-item');
const item = (name: string) => items().find((li) => within(li).getByTestId('alert-customer').textContent === name)!;
const badge = () => screen.queryByTestId('active-alerts-badge');

async function renderAlerts(path = '/alerts') {
  const fetch = stubServer();
  const router = renderApp(path);
  await waitFor(() => expect(items()).toHaveLength(1));
  return { fetch, router };
}

describe('AlertsPage', () => {
  it('shows each alert with its customer, reasons, time and status', async () => {
    await renderAlerts();

    const ada = item('Ada Lovelace');
    expect(within(ada).getByTestId('alert-customer')).toHaveAttribute('href', '/customers/c-1');
    expect(within(ada).getByTestId('alert-status')).toHaveTextContent('Open');
    expect(within(ada).getByTestId('alert-reasons')).toHaveTextContent('Churn risk 72% reached the line of 60%');
    expect(within(ada).getByTestId('alert-reasons')).toHaveTextContent('No order for 94 days; usually every 21 days');
    expect(ada).toHaveTextContent('raised 6/2/25');
    expect(await screen.findByTestId('active-alerts-badge')).toHaveTextContent('1');
  });

  it('asks for other statuses and only the own customers', async () => {
    const { fetch, router } = await renderAlerts();

    await userEvent.selectOptions(screen.getByTestId('alert-status-filter'), 'resolved');
    await userEvent.click(screen.getByTestId('alert-mine-filter'));

    await waitFor(() => expect(screen.getByText('No alerts here.')).toBeInTheDocument());
    const last = new URL(requestsTo(fetch, 'GET /api/v1/alerts').at(-1)!.url).searchParams;
    expect(Object.fromEntries(last)).toMatchObject({ status: 'resolved', mine: 'true', offset: '0' });
    expect(router.state.location.search).toBe('?status=resolved&mine=1');
  });

  it('resolves only with a note, and posts it with the follow-up date', async () => {
    const { fetch } = await renderAlerts();

    await userEvent.click(screen.getByTestId('resolve-button'));
    expect(screen.getByTestId('confirm-resolve')).toBeDisabled();
    await userEvent.type(screen.getByTestId('alert-note'), '   ');
    expect(screen.getByTestId('confirm-resolve')).toBeDisabled();

    await userEvent.type(screen.getByTestId('alert-note'), 'Called her with a loyalty offer');
    await userEvent.type(screen.getByTestId('follow-up-on'), '2030-01-15');
    await userEvent.click(screen.getByTestId('confirm-resolve'));

    await waitFor(() => expect(items()).toHaveLength(0));
    expect(await bodiesSentTo(fetch, 'POST /api/v1/alerts/1/resolve')).toEqual([
      { note: 'Called her with a loyalty offer', followUpOn: '2030-01-15', snoozeUntil: null },
    ]);
    expect(requestsTo(fetch, 'POST /api/v1/alerts/1/resolve')[0]?.headers.get('X-XSRF-TOKEN')).toBe('xsrf-1');
    await waitFor(() => expect(badge()).not.toBeInTheDocument());
  });

  it('shows the server\'s validation problem beside its field', async () => {
    await renderAlerts();

    await userEvent.click(screen.getByTestId('snooze-button'));
    await userEvent.clear(screen.getByTestId('snooze-until'));
    await userEvent.type(screen.getByTestId('snooze-until'), '2025-01-01T09:00');
    await userEvent.click(screen.getByTestId('confirm-snooze'));

    expect(await screen.findByTestId('snooze-until')).toHaveAccessibleDescription('A time in the future.');
    expect(screen.getByRole('alert')).toHaveTextContent('Please correct the marked fields.');
    expect(within(item('Ada Lovelace')).getByTestId('alert-status')).toHaveTextContent('Open');
  });

  it('acknowledges at once', async () => {
    const { fetch } = await renderAlerts();

    await userEvent.click(screen.getByTestId('acknowledge-button'));

    await waitFor(() => expect(within(item('Ada Lovelace')).getByTestId('alert-status')).toHaveTextContent('Acknowledged'));
    expect(await bodiesSentTo(fetch, 'POST /api/v1/alerts/1/acknowledge')).toEqual([{}]);
    expect(screen.queryByTestId('acknowledge-button')).not.toBeInTheDocument();
  });

  it('shows a new alert as soon as the hub announces it, without a reload', async () => {
    await renderAlerts();
    await waitFor(() => expect(badge()).toHaveTextContent('1'));

    alerts = [alert(2, 'Grace Hopper', { raisedAt: '2025-06-03T08:00:00Z' }), ...alerts];
    const message: ChurnAlertMessage = {
      id: 2,
      customerId: 'c-2',
      customerName: 'Grace Hopper',
      accountManagerId: 'u2',
      kind: 'risk-crossed',
      summary: 'churn risk 0.72 above the line 0.60',
      reasons,
      raisedAt: '2025-06-03T08:00:00Z',
      sequence: 12,
    };
    latestHub().emit('churnAlert', message);

    await waitFor(() => expect(items()).toHaveLength(2));
    expect(within(items()[0]!).getByTestId('alert-customer')).toHaveTextContent('Grace Hopper');
    await waitFor(() => expect(badge()).toHaveTextContent('2'));

    latestHub().emit('assignedChurnAlert', message);
    const notice = await screen.findByTestId('assigned-alert-notice');
    expect(notice).toHaveTextContent('New alert for your customer Grace Hopper.');
    expect(within(notice).getByRole('link', { name: 'Open the profile' })).toHaveAttribute('href', '/customers/c-2');
    await userEvent.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByTestId('assigned-alert-notice')).not.toBeInTheDocument();
  });
});
