import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { json, requestsTo, stubApi } from '@/testing/fetch';
import { renderApp } from '@/testing/render';
import type { CustomerSummary } from '../types';

vi.mock('@/lib/live/connection', () => import('@/testing/fake-hub'));

const owner = { email: 'owner@tea.test', tenantId: 't-1', tenantName: 'Tea House', roles: ['TenantOwner'] };

const customer = (n: number, more: Partial<CustomerSummary> = {}): CustomerSummary => ({
  customerId: `c-${n}`,
  name: `Customer ${n}`,
  email: `c${n}@tea.test`,
  segment: 'Champions',
  rfm: '555',
  abcClass: 'A',
  orders: 12,
  revenue: 1234.5,
  clv: 2100,
  probabilityAlive: 0.8,
  churnRisk: 0.12,
  loyalty: 74,
  lifecycleStage: 'Active',
  lastOrderAt: '2025-06-01T10:00:00Z',
  accountManagerId: null,
  ...more,
});

let fetch: ReturnType<typeof stubApi>;

beforeEach(() => {
  fetch = stubApi({
    'GET /api/v1/auth/me': () => json(owner),
    'GET /api/v1/settings/analysis': () =>
      json({ settings: { rfm: { levels: 5, rules: [], names: { Champions: 'Champions', Lost: 'Lost' } }, churnRiskThreshold: 0.6 }, model: {} }),
    'GET /api/v1/customers': (request) => {
      const offset = Number(new URL(request.url).searchParams.get('offset'));
      return offset === 0
        ? json({ items: [customer(1), customer(2, { name: null, clv: null, lifecycleStage: 'AtRisk' })], offset, hasMore: true })
        : json({ items: [customer(26)], offset, hasMore: false });
    },
  });
});

/** The query of each customer list request, oldest first. */
const listQueries = () => requestsTo(fetch, 'GET /api/v1/customers').map((request) => new URL(request.url).searchParams);
const lastQuery = () => listQueries().at(-1)!;
const rows = () => screen.getAllByTestId('customer-row');

describe('CustomersPage', () => {
  it('asks the server for the filters, order and page in the address, and shows its rows', async () => {
    renderApp('/customers?segment=Champions&sort=risk');

    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(Object.fromEntries(lastQuery())).toEqual({ segment: 'Champions', sort: 'risk', limit: '25', offset: '0' });
    const first = rows()[0]!;
    expect(within(first).getByTestId('customer-link')).toHaveTextContent('Customer 1');
    for (const text of ['c1@tea.test', 'Champions', '555', '1,234.50', '2,100.00', '80%', '12%', '74', 'Active', 'Jun 1, 2025']) {
      expect(first).toHaveTextContent(text);
    }
    expect(rows()[1]).toHaveTextContent('Customer c-2');
    expect(rows()[1]).toHaveTextContent('At risk');
    expect(screen.getByTestId('segment-filter')).toHaveValue('Champions');
    expect(screen.getByTestId('customer-sort')).toHaveValue('risk');
  });

  it('sends each filter to the server and keeps it in the address', async () => {
    const router = renderApp('/customers');
    await waitFor(() => expect(rows()).toHaveLength(2));

    await userEvent.selectOptions(screen.getByTestId('abc-filter'), 'A');
    await waitFor(() => expect(lastQuery().get('abc')).toBe('A'));
    await userEvent.selectOptions(screen.getByTestId('stage-filter'), 'AtRisk');
    await waitFor(() => expect(lastQuery().get('stage')).toBe('AtRisk'));
    await userEvent.click(screen.getByTestId('mine-filter'));
    await waitFor(() => expect(lastQuery().get('manager')).toBe('me'));
    await userEvent.type(screen.getByTestId('customer-search'), 'ada');
    await waitFor(() => expect(lastQuery().get('search')).toBe('ada'));
    await userEvent.selectOptions(screen.getByTestId('customer-sort'), 'name');
    await waitFor(() => expect(lastQuery().get('sort')).toBe('name'));

    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
      abc: 'A',
      stage: 'AtRisk',
      mine: '1',
      search: 'ada',
      sort: 'name',
    });
    // Each request carries all the filters set so far.
    expect(Object.fromEntries(lastQuery())).toMatchObject({ abc: 'A', stage: 'AtRisk', manager: 'me', search: 'ada' });
  });

  it('follows the address when it changes by other means, such as the nav link', async () => {
    const router = renderApp('/customers?search=ada&abc=B');
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(screen.getByTestId('customer-search')).toHaveValue('ada');

    await act(() => router.navigate('/customers'));

    await waitFor(() => expect(screen.getByTestId('customer-search')).toHaveValue(''));
    await waitFor(() => expect(Object.fromEntries(lastQuery())).toEqual({ sort: 'clv', limit: '25', offset: '0' }));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(router.state.location.search).toBe('');
  });

  it('pages by offset while the server says there is more', async () => {
    const router = renderApp('/customers');
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(screen.getByTestId('previous-page-button')).toBeDisabled();

    await userEvent.click(screen.getByTestId('next-page-button'));

    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(lastQuery().get('offset')).toBe('25');
    expect(router.state.location.search).toBe('?page=2');
    expect(screen.getByTestId('page-status')).toHaveTextContent('Page 2');
    expect(screen.getByTestId('next-page-button')).toBeDisabled();
  });

  it('opens the profile from a row', async () => {
    const router = renderApp('/customers');
    await waitFor(() => expect(rows()).toHaveLength(2));

    await userEvent.click(within(rows()[1]!).getByText('At risk'));

    expect(router.state.location.pathname).toBe('/customers/c-2');
  });
});
