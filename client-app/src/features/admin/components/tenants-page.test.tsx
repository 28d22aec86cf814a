import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { antiforgery, bodiesSentTo, json, noContent, problem, requestsTo, stubApi } from '@/testing/fetch';
import { renderWithQueryClient } from '@/testing/render';
import type { CreateTenantRequest, DeleteTenantRequest, TenantUsage } from '../types';
import { TenantsPage } from './tenants-page';

const tenant = (n: number): TenantUsage => ({
  id: `t${n}`,
  slug: `shop-${n}`,
  name: `Shop ${n}`,
  status: 'active',
  createdAt: '2025-06-01T10:00:00Z',
  customers: 1200 + n,
  ordersLast24Hours: n,
  lastEventAt: null,
  storageBytes: 2_500_000,
});

let tenants: TenantUsage[];
let deleteRequests: DeleteTenantRequest[];

beforeEach(() => {
  tenants = Array.from({ length: 25 }, (_, i) => tenant(i + 1));
  deleteRequests = [];
});

const setStatus = (id: string, status: string) => {
  tenants = tenants.map((t) => (t.id === id ? { ...t, status } : t));
  return noContent();
};

async function deleteFromServer(id: string, request: Request) {
  deleteRequests.push((await request.json()) as DeleteTenantRequest);
  tenants = tenants.filter((t) => t.id !== id);
  return noContent();
}

function stubServer() {
  return stubApi({
    'GET /api/v1/auth/antiforgery': antiforgery(),
    'GET /api/v1/admin/tenants': (request) => {
      const query = new URL(request.url).searchParams;
      const page = Number(query.get('page'));
      const pageSize = Number(query.get('pageSize'));
      const items = tenants.slice((page - 1) * pageSize, page * pageSize);
      return json({ page, pageSize, total: tenants.length, items });
    },
    'POST /api/v1/admin/tenants/t1/suspend': () => setStatus('t1', 'suspended'),
    'POST /api/v1/admin/tenants/t1/resume': () => setStatus('t1', 'active'),
    'POST /api/v1/admin/tenants/t2/suspend': () =>
      problem(404, 'Tenant not found', { detail: 'There is no tenant with that id.' }),
    'DELETE /api/v1/admin/tenants/t3': (request) => deleteFromServer('t3', request),
    'DELETE /api/v1/admin/tenants/t21': (request) => deleteFromServer('t21', request),
    'POST /api/v1/admin/tenants': async (request) => {
      const { name, ownerEmail } = (await request.json()) as CreateTenantRequest;
      if (ownerEmail === 'taken@shop.test') {
        return problem(409, 'Address already registered', { detail: 'This address already has an account.' });
      }
      tenants = [{ ...tenant(99), id: 't99', name, slug: 'new-shop' }, ...tenants];
      return json({ id: 't99', slug: 'new-shop', name, ownerInvitationExpiresAt: '2025-06-08T10:00:00Z' }, 201);
    },
  });
}

const rows = () => screen.getAllByTestId('tenant-row');
const row = (name: string) => rows().find((tr) => tr.dataset.tenantName === name)!;

async function deleteTenant(name: string) {
  await userEvent.click(within(row(name)).getByTestId('delete-tenant-button'));
  await userEvent.type(screen.getByTestId('confirm-name-input'), name);
  await userEvent.click(screen.getByTestId('confirm-delete-button'));
}

async function renderTenants() {
  const fetch = stubServer();
  renderWithQueryClient(<TenantsPage />);
  await screen.findAllByTestId('tenant-row');
  return fetch;
}

describe('TenantsPage', () => {
  it('shows each tenant with its status and usage, a page at a time', async () => {
    await renderTenants();

    expect(rows()).toHaveLength(20);
    expect(within(row('Shop 1')).getByTestId('tenant-status')).toHaveTextContent('Active');
    expect(row('Shop 1')).toHaveTextContent('shop-1');
    expect(row('Shop 1')).toHaveTextContent('1,201');
    expect(row('Shop 1')).toHaveTextContent('2.5 MB');
    expect(row('Shop 1')).toHaveTextContent('Never');
    expect(screen.getByTestId('page-status')).toHaveTextContent('Page 1 of 2');
    expect(screen.getByTestId('previous-page-button')).toBeDisabled();

    await userEvent.click(screen.getByTestId('next-page-button'));

    await waitFor(() => expect(rows()).toHaveLength(5));
    expect(row('Shop 21')).toBeInTheDocument();
    expect(screen.getByTestId('page-status')).toHaveTextContent('Page 2 of 2');
    expect(screen.getByTestId('next-page-button')).toBeDisabled();
  });

  it('suspends and resumes a tenant, refreshing the list', async () => {
    const fetch = await renderTenants();

    await userEvent.click(within(row('Shop 1')).getByTestId('suspend-tenant-button'));
    await waitFor(() => expect(within(row('Shop 1')).getByTestId('tenant-status')).toHaveTextContent('Suspended'));
    expect(requestsTo(fetch, 'POST /api/v1/admin/tenants/t1/suspend')[0]?.headers.get('X-XSRF-TOKEN')).toBe('xsrf-1');

    await userEvent.click(within(row('Shop 1')).getByTestId('resume-tenant-button'));
    await waitFor(() => expect(within(row('Shop 1')).getByTestId('tenant-status')).toHaveTextContent('Active'));
    expect(within(row('Shop 1')).getByTestId('suspend-tenant-button')).toBeInTheDocument();
  });

  it('shows the problem the server reports', async () => {
    await renderTenants();

    await userEvent.click(within(row('Shop 2')).getByTestId('suspend-tenant-button'));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Tenant not found');
    expect(alert).toHaveTextContent('There is no tenant with that id.');
  });

  it('deletes a tenant only once its name is typed exactly', async () => {
    await renderTenants();

    await userEvent.click(within(row('Shop 3')).getByTestId('delete-tenant-button'));
    const dialog = screen.getByRole('dialog', { name: 'Delete Shop 3?' });
    const input = within(dialog).getByTestId('confirm-name-input');
    expect(input).toHaveFocus();
    expect(within(dialog).getByTestId('confirm-delete-button')).toBeDisabled();

    await userEvent.type(input, 'shop 3');
    expect(within(dialog).getByTestId('confirm-delete-button')).toBeDisabled();

    await userEvent.clear(input);
    await userEvent.type(input, 'Shop 3');
    await userEvent.click(within(dialog).getByTestId('confirm-delete-button'));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(rows().map((tr) => tr.dataset.tenantName)).not.toContain('Shop 3'));
    expect(deleteRequests).toEqual([{ confirmName: 'Shop 3' }]);
  });

  it('goes back a page when the last tenant on the last page is deleted', async () => {
    tenants = tenants.slice(0, 21);
    await renderTenants();
    await userEvent.click(screen.getByTestId('next-page-button'));
    await waitFor(() => expect(rows()).toHaveLength(1));

    await deleteTenant('Shop 21');

    await waitFor(() => expect(screen.getByTestId('page-status')).toHaveTextContent('Page 1 of 1'));
    expect(rows()).toHaveLength(20);
  });

  it('closes the delete dialog on Escape without deleting', async () => {
    await renderTenants();

    await userEvent.click(within(row('Shop 3')).getByTestId('delete-tenant-button'));
    await userEvent.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(deleteRequests).toEqual([]);
    expect(row('Shop 3')).toBeInTheDocument();
  });

  it('creates a tenant whose owner gets an invitation, and lists it first', async () => {
    const fetch = await renderTenants();

    await userEvent.type(screen.getByTestId('create-tenant-name'), ' New Shop ');
    await userEvent.type(screen.getByTestId('create-tenant-owner'), 'owner@new.test');
    await userEvent.click(screen.getByTestId('create-tenant-submit'));

    expect(await screen.findByTestId('create-tenant-done')).toHaveTextContent('New Shop is created. The invitation to owner@new.test');
    await waitFor(() => expect(rows()[0]?.dataset.tenantName).toBe('New Shop'));
    expect(screen.getByTestId('create-tenant-name')).toHaveValue('');
    expect(await bodiesSentTo(fetch, 'POST /api/v1/admin/tenants')).toEqual([{ name: 'New Shop', ownerEmail: 'owner@new.test' }]);
  });

  it('says so when the owner address already has an account', async () => {
    await renderTenants();

    await userEvent.type(screen.getByTestId('create-tenant-name'), 'New Shop');
    await userEvent.type(screen.getByTestId('create-tenant-owner'), 'taken@shop.test');
    await userEvent.click(screen.getByTestId('create-tenant-submit'));

    expect(await screen.findByRole('alert')).toHaveTextContent('Address already registered');
    expect(screen.getByTestId('create-tenant-name')).toHaveValue('New Shop');
  });
});
