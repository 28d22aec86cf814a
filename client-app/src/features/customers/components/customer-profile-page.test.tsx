import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { HTMLAttributes } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/features/auth/types';
import { antiforgery, bodiesSentTo, json, noContent, problem, requestsTo, stubApi } from '@/testing/fetch';
import { renderApp } from '@/testing/render';
import type { CustomerProfile } from '../types';

vi.mock('@/lib/live/connection', () => import('@/testing/fake-hub'));
// ECharts needs layout, which jsdom lacks.
vi.mock('./bar-chart', () => ({
  BarChart: ({ label, testId }: { label: string; testId: string } & HTMLAttributes<HTMLDivElement>) => (
    <div role="img" aria-label={label} data-testid={testId} />
  ),
}));

const owner: CurrentUser = { email: 'owner@tea.test', tenantId: 't-1', tenantName: 'Tea House', roles: ['TenantOwner'] };
const manager: CurrentUser = { ...owner, email: 'manager@tea.test', roles: ['AccountManager'] };

const part = (name: string, weight: number, score: number, explanation: string) => ({ name, weight, score, explanation });

const profile: CustomerProfile = {
  summary: {
    customerId: 'c-1',
    name: 'Ada Lovelace',
    email: 'ada@tea.test',
    segment: 'Champions',
    rfm: '545',
    abcClass: 'A',
    orders: 12,
    revenue: 1234.5,
    clv: 2100,
    probabilityAlive: 0.93,
    churnRisk: 0.72,
    loyalty: 74,
    lifecycleStage: 'Active',
    lastOrderAt: '2025-06-01T10:00:00Z',
    accountManagerId: null,
  },
  demographics: {
    phone: null,
    gender: 'female',
    ageBand: '29-35',
    city: 'London',
    region: null,
    channel: 'online',
    occupation: null,
    incomeBand: null,
  },
  value: {
    recencyDays: 12.4,
    r: 5,
    f: 4,
    m: 5,
    probabilityAlive: 0.93,
    expectedPurchases30: 0.84,
    expectedPurchases90: 2.456,
    expectedPurchases365: 9.1,
    expectedSpend: 87.5,
    clv: 2100,
    topClvQuintile: true,
    churnRisk: 0.72,
    currency: 'EUR',
  },
  behaviour: {
    buyerType: 'Recurring',
    promotionShare: 0.25,
    promotionLabel: 'Mixed',
    preferredCategories: ['tea', 'cups'],
    purchasingPower: 'High',
    purchaseDays: 11,
    meanIntervalDays: 21.3,
    discounts: 40,
    firstOrderAt: '2024-01-05T09:00:00Z',
  },
  loyalty: {
    total: 74,
    parts: [
      part('tenure', 0.15, 70, 'bought over 511 days; 730 or more score 100'),
      part('frequency', 0.15, 100, '11 purchase days; 10 or more score 100'),
      part('regularity', 0.1, 65, 'intervals vary by 70% of their mean; 200% or more scores 0'),
      part('recency', 0.2, 80, 'last purchase 12 days ago, usual interval 21 days'),
      part('satisfaction', 0.1, 50, 'no rating: neutral'),
      part('complaints and returns', 0.1, 100, 'no complaints or returns'),
      part('P(alive)', 0.2, 93, 'P(alive) 0.93'),
    ],
  },
  recentPurchaseDays: [
    { day: '2025-06-01', amount: 120, orders: 1 },
    { day: '2025-05-10', amount: 80, orders: 2 },
  ],
  categories: {
    cups: { orders: 2, revenue: 60, lastBoughtAt: '2025-05-10T10:00:00Z' },
    tea: { orders: 10, revenue: 1174.5, lastBoughtAt: '2025-06-01T10:00:00Z' },
  },
  segmentHistory: [
    { from: 'Loyal', to: 'Champions', at: '2025-06-01T10:00:00Z', cause: 'event' },
    { from: 'New', to: 'Loyal', at: '2025-03-01T10:00:00Z', cause: 'rescore' },
  ],
  alerts: [{ id: 7, kind: 'risk-crossed', summary: 'churn risk 0.72 above the line 0.60', status: 'open', raisedAt: '2025-06-02T08:00:00Z' }],
  nextReviewAt: null,
};

const members = [
  { id: 'u1', email: 'owner@tea.test', role: 'TenantOwner', emailConfirmed: true, twoFactorEnabled: true },
  { id: 'u2', email: 'manager@tea.test', role: 'AccountManager', emailConfirmed: true, twoFactorEnabled: false },
];

let assignedTo: string | null;

const merge = {
  id: 31,
  sourceCustomerId: 'woo-77',
  matchedKind: 'email',
  matchedValue: 'ada@tea.test',
  mergedAt: '2025-05-02T09:00:00Z',
  splitAt: null as string | null,
  splitBy: null as string | null,
};

const identities = () => ({
  identities: [
    { kind: 'email', value: 'ada@tea.test', since: '2024-01-05T09:00:00Z' },
    { kind: 'source', value: 'c-1', since: '2024-01-05T09:00:00Z' },
    { kind: 'source', value: 'woo-77', since: '2025-05-02T09:00:00Z' },
  ],
  merges: [merge],
});

function signedInAs(user: CurrentUser) {
  return stubApi({
    'GET /api/v1/customers/c-1/identities': () => json(identities()),
    'POST /api/v1/customers/c-1/merges/31/split': () => {
      merge.splitAt = '2025-06-03T10:00:00Z';
      merge.splitBy = 'owner@tea.test';
      return json({ customerId: 'woo-77' });
    },
    'GET /api/v1/customers/c-1/export': () => json({ profile, orders: [{ id: 'o-1' }] }),
    'DELETE /api/v1/customers/c-1': () => noContent(),
    'GET /api/v1/customers': () => json({ items: [], offset: 0, hasMore: false }),
    'GET /api/v1/auth/me': () => json(user),
    'GET /api/v1/auth/antiforgery': antiforgery(),
    'GET /api/v1/settings/analysis': () =>
      json({ settings: { rfm: { levels: 5, rules: [], names: { Champions: 'Top buyers' } }, churnRiskThreshold: 0.6 }, model: {} }),
    'GET /api/v1/customers/c-1': () => json({ ...profile, summary: { ...profile.summary, accountManagerId: assignedTo } }),
    'GET /api/v1/customers/nobody': () => problem(404, 'Customer not found'),
    'GET /api/v1/members': () => json({ members, invitations: [] }),
    'PUT /api/v1/customers/c-1/manager': async (request) => {
      assignedTo = ((await request.json()) as { accountManagerId: string | null }).accountManagerId;
      return noContent();
    },
  });
}

beforeEach(() => {
  assignedTo = null;
  merge.splitAt = null;
  merge.splitBy = null;
});

describe('CustomerProfilePage', () => {
  it('shows who the customer is, what they are worth and how likely they are to leave', async () => {
    signedInAs(owner);
    renderApp('/customers/c-1');

    expect(await screen.findByTestId('customer-name')).toHaveTextContent('Ada Lovelace');
    expect(screen.getByTestId('customer-email')).toHaveTextContent('ada@tea.test');
    expect(screen.getByTestId('customer-segment')).toHaveTextContent('Champions');
    await waitFor(() => expect(screen.getByTestId('customer-segment')).toHaveTextContent('“Top buyers” in your settings'));
    expect(screen.getByTestId('customer-rfm')).toHaveTextContent('545');
    expect(screen.getByTestId('customer-abc')).toHaveTextContent('A');
    expect(screen.getByTestId('customer-stage')).toHaveTextContent('Active');

    expect(screen.getByTestId('value-clv')).toHaveTextContent('€2,100.00');
    expect(screen.getByTestId('value-clv')).toHaveTextContent('Top 20%');
    expect(screen.getByTestId('value-p-alive')).toHaveTextContent('93%');
    expect(screen.getByTestId('value-expected-30')).toHaveTextContent('0.84');
    expect(screen.getByTestId('value-expected-90')).toHaveTextContent('2.46');
    expect(screen.getByTestId('value-expected-365')).toHaveTextContent('9.1');
    expect(screen.getByTestId('value-expected-spend')).toHaveTextContent('€87.50');
    expect(screen.getByTestId('value-churn-risk')).toHaveTextContent('72%');
    expect(await screen.findByText('Valuable customers raise an alert at 60%.')).toBeInTheDocument();
    expect(screen.getByTestId('churn-risk-meter')).toHaveAttribute('data-tone', 'warn');
  });

  it('shows each part of the loyalty score with its weight, score and explanation', async () => {
    signedInAs(owner);
    renderApp('/customers/c-1');

    expect(await screen.findByTestId('loyalty-total')).toHaveTextContent('74');
    const parts = screen.getAllByTestId('loyalty-part');
    expect(parts.map((item) => item.dataset.part)).toEqual(profile.loyalty!.parts.map((p) => p.name));
    const complaints = parts[5]!;
    expect(complaints).toHaveTextContent('Complaints and returns');
    expect(complaints).toHaveTextContent('weight 10%');
    expect(complaints).toHaveTextContent('no complaints or returns');
    expect(within(complaints).getByRole('meter')).toHaveAttribute('aria-valuenow', '1');
    expect(parts[6]).toHaveTextContent('Likelihood to continue');
    expect(within(parts[6]!).getByRole('meter')).toHaveAttribute('aria-valuenow', '0.93');
  });

  it('shows behaviour, purchases, categories, segment history and alerts', async () => {
    signedInAs(owner);
    renderApp('/customers/c-1');

    const behaviour = await screen.findByTestId('behaviour-panel');
    for (const text of ['Recurring buyer', 'Mixed (25% of orders discounted)', 'tea, cups', 'High', '21 days', '€40.00']) {
      expect(behaviour).toHaveTextContent(text);
    }
    expect(screen.getByTestId('demographics-panel')).toHaveTextContent('29-35');
    expect(screen.getByTestId('purchase-days-chart')).toHaveAccessibleName(
      'Bar chart of the amount spent on each of the latest 2 purchase days',
    );
    expect(screen.getAllByTestId('category-row').map((row) => row.textContent)).toEqual([
      expect.stringContaining('tea'),
      expect.stringContaining('cups'),
    ]);
    const moves = screen.getAllByTestId('segment-move');
    expect(within(moves[0]!).getAllByText(/Loyal|Champions/).map((pill) => pill.textContent)).toEqual(['Loyal', 'Champions']);
    expect(moves[0]).toHaveTextContent('after a purchase or feedback');
    expect(moves[1]).toHaveTextContent('when the scores were recomputed');
    expect(screen.getByTestId('customer-alert')).toHaveTextContent('Open');
  });

  it('lets the owner assign an account manager', async () => {
    const fetch = signedInAs(owner);
    renderApp('/customers/c-1');
    const select = await screen.findByTestId('manager-select');
    await waitFor(() => expect(select).toBeEnabled());
    expect(select).toHaveValue('');

    await userEvent.selectOptions(select, 'manager@tea.test');

    expect(await screen.findByTestId('manager-saved')).toBeInTheDocument();
    await waitFor(() => expect(select).toHaveValue('u2'));
    expect(await bodiesSentTo(fetch, 'PUT /api/v1/customers/c-1/manager')).toEqual([{ accountManagerId: 'u2' }]);
    expect(requestsTo(fetch, 'PUT /api/v1/customers/c-1/manager')[0]?.headers.get('X-XSRF-TOKEN')).toBe('xsrf-1');
  });

  it('shows an account manager whether there is one, without the owner\'s choice', async () => {
    assignedTo = 'u2';
    const fetch = signedInAs(manager);
    renderApp('/customers/c-1');

    expect(await screen.findByText('Assigned')).toBeInTheDocument();
    expect(screen.queryByTestId('manager-select')).not.toBeInTheDocument();
    expect(requestsTo(fetch, 'GET /api/v1/members')).toHaveLength(0);
  });

  it('says so when there is no such customer', async () => {
    signedInAs(owner);
    renderApp('/customers/nobody');

    expect(await screen.findByTestId('no-such-customer')).toHaveTextContent('No such customer');
    expect(screen.getByTestId('no-such-customer')).toHaveTextContent('“nobody”');
  });
});

describe('CustomerProfilePage: identities and personal data', () => {
  it('lists how the customer is recognised and which shop customer joined it, and why', async () => {
    signedInAs(manager);
    renderApp('/customers/c-1');

    const merged = await screen.findByTestId('customer-merge');
    expect(merged).toHaveTextContent('woo-77 joined: same Email ada@tea.test');
    expect(screen.getAllByTestId('customer-identity').map((item) => item.textContent)).toEqual([
      'Email ada@tea.test',
      'Shop customer id c-1',
      'Shop customer id woo-77',
    ]);
    expect(screen.queryByTestId('split-button')).not.toBeInTheDocument();
    expect(screen.queryByTestId('privacy-panel')).not.toBeInTheDocument();
  });

  it('lets the owner split a wrong merge after confirming', async () => {
    const fetch = signedInAs(owner);
    renderApp('/customers/c-1');

    await userEvent.click(await screen.findByTestId('split-button'));
    expect(screen.getByRole('dialog')).toHaveTextContent('woo-77 gets its own customer record back');
    await userEvent.click(screen.getByTestId('confirm-split-button'));

    expect(await screen.findByTestId('merge-split')).toHaveTextContent('split by owner@tea.test');
    expect(requestsTo(fetch, 'POST /api/v1/customers/c-1/merges/31/split')[0]?.headers.get('X-XSRF-TOKEN')).toBe('xsrf-1');
    expect(screen.queryByTestId('split-button')).not.toBeInTheDocument();
  });

  it('downloads the customer\'s data as a JSON file', async () => {
    const fetch = signedInAs(owner);
    const createObjectURL = vi.fn(() => 'blob:customer');
    vi.stubGlobal(
      'URL',
      class extends URL {
        static override createObjectURL = createObjectURL;
        static override revokeObjectURL = vi.fn();
      },
    );
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    renderApp('/customers/c-1');

    await userEvent.click(await screen.findByTestId('export-button'));

    await waitFor(() => expect(saved).toEqual(['customer-c-1.json']));
    expect(requestsTo(fetch, 'GET /api/v1/customers/c-1/export')).toHaveLength(1);
    const file = (createObjectURL.mock.calls[0] as unknown as [Blob])[0];
    expect(JSON.parse(await file.text())).toMatchObject({ orders: [{ id: 'o-1' }] });
  });

  it('erases the customer only once its id is typed again and a reason given', async () => {
    const fetch = signedInAs(owner);
    const router = renderApp('/customers/c-1');

    await userEvent.click(await screen.findByTestId('erase-button'));
    const confirm = screen.getByTestId('confirm-erase-button');
    await userEvent.type(screen.getByTestId('confirm-id-input'), 'c-2');
    await userEvent.type(screen.getByTestId('erase-reason'), 'Asked by email on 3 June');
    expect(confirm).toBeDisabled();
    await userEvent.clear(screen.getByTestId('confirm-id-input'));
    await userEvent.type(screen.getByTestId('confirm-id-input'), 'c-1');
    expect(confirm).toBeEnabled();

    await userEvent.click(confirm);

    await waitFor(() => expect(router.state.location.pathname).toBe('/customers'));
    expect(await bodiesSentTo(fetch, 'DELETE /api/v1/customers/c-1')).toEqual([{ reason: 'Asked by email on 3 June' }]);
    expect(requestsTo(fetch, 'DELETE /api/v1/customers/c-1')[0]?.headers.get('X-XSRF-TOKEN')).toBe('xsrf-1');
  });
});
