import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/features/auth/types';
import { json, requestsTo, stubApi } from '@/testing/fetch';
import { renderApp } from '@/testing/render';

vi.mock('@/lib/live/connection', () => import('@/testing/fake-hub'));

const owner: CurrentUser = { email: 'owner@shop.test', tenantId: 't-1', tenantName: 'Corner Shop', roles: ['TenantOwner'] };
const manager: CurrentUser = { ...owner, email: 'manager@shop.test', roles: ['AccountManager'] };
const admin: CurrentUser = { email: 'admin@platform.test', tenantId: null, tenantName: null, roles: ['PlatformAdmin'] };

function signedInAs(user: CurrentUser) {
  return stubApi({
    'GET /api/v1/auth/me': () => json(user),
    'GET /api/v1/segments/counts': () => json({ sequence: 1, counts: [] }),
    'GET /api/v1/segments/changes': () => json({ sequence: 1, items: [] }),
    'GET /api/v1/connectors/keys': () => json([]),
    'GET /api/v1/admin/tenants': () => json({ page: 1, pageSize: 20, total: 0, items: [] }),
    'GET /api/v1/admin/audit': () => json([]),
    'GET /api/v1/admin/mail': () => json([]),
    'GET /api/v1/members': () => json({ members: [], invitations: [] }),
    'GET /api/v1/auth/two-factor': () => json({ enabled: false, recoveryCodesLeft: 0 }),
  });
}

async function navLinks() {
  const nav = await screen.findByRole('navigation', { name: 'Main' });
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent);
}

describe('navigation', () => {
  it('shows an owner the dashboard, members, API keys, imports, analysis settings and security', async () => {
    signedInAs(owner);
    renderApp('/');
    expect(await navLinks()).toEqual(['Dashboard', 'Customers', 'Alerts', 'Custom segments', 'Analyses', 'Members', 'Shops', 'API keys', 'Imports', 'Analysis settings', 'Security']);
    expect(await screen.findByRole('heading', { name: 'Customer segments' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('link', { name: 'API keys' }));
    expect(await screen.findByRole('heading', { name: 'API keys' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'API keys' })).toHaveAttribute('aria-current', 'page');

    await userEvent.click(screen.getByRole('link', { name: 'Members' }));
    expect(await screen.findByRole('heading', { name: 'Members' })).toBeInTheDocument();
  });

  it('shows an account manager the dashboard, customers, alerts and security, and no API keys or members page', async () => {
    signedInAs(manager);
    renderApp('/settings/keys');
    expect(await navLinks()).toEqual(['Dashboard', 'Customers', 'Alerts', 'Custom segments', 'Analyses', 'Security']);
    expect(await screen.findByTestId('not-allowed')).toHaveTextContent('Not allowed');
  });

  it('keeps the members page for owners', async () => {
    const fetch = signedInAs(manager);
    renderApp('/settings/members');
    expect(await screen.findByTestId('not-allowed')).toBeInTheDocument();
    expect(requestsTo(fetch, 'GET /api/v1/members')).toHaveLength(0);
  });

  it('takes a platform admin from the start page to the tenant list, and to their own security page', async () => {
    signedInAs(admin);
    const router = renderApp('/');
    expect(await navLinks()).toEqual(['Tenants', 'Mail outbox', 'Audit log', 'Security']);
    expect(await screen.findByRole('heading', { name: 'Tenants' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/admin/tenants');
    expect(screen.queryByTestId('tenant-name')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('link', { name: 'Audit log' }));
    expect(await screen.findByTestId('audit-search')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('link', { name: 'Mail outbox' }));
    expect(await screen.findByTestId('mail-search')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('link', { name: 'Security' }));
    expect(await screen.findByTestId('two-factor-status')).toHaveTextContent('Off');
  });

  it('tells a tenant member that the admin console is not for them', async () => {
    const fetch = signedInAs(owner);
    renderApp('/admin/audit');
    expect(await screen.findByTestId('not-allowed')).toHaveTextContent('Your account does not have access to this page.');
    expect(screen.queryByTestId('audit-search')).not.toBeInTheDocument();
    expect(requestsTo(fetch, 'GET /api/v1/admin/audit')).toHaveLength(0);
  });

  it('keeps unknown admin addresses behind the same check', async () => {
    signedInAs(manager);
    renderApp('/admin/nothing-here');
    expect(await screen.findByTestId('not-allowed')).toBeInTheDocument();
  });

  it('sends an admin at an unknown admin address to the tenant list', async () => {
    signedInAs(admin);
    const router = renderApp('/admin/nothing-here');
    expect(await screen.findByRole('heading', { name: 'Tenants' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/admin/tenants');
  });
});
