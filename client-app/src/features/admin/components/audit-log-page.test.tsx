import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, requestsTo, stubApi } from '@/testing/fetch';
import { renderWithQueryClient } from '@/testing/render';
import type { AuditEntry } from '../types';
import { AuditLogPage } from './audit-log-page';

const entries: AuditEntry[] = [
  {
    id: 2,
    at: '2025-06-02T09:00:00Z',
    actorEmail: 'admin@platform.test',
    tenantId: 't1',
    action: 'tenant.suspend',
    target: 'tenant/t1',
    ip: '10.0.0.7',
  },
  { id: 1, at: '2025-06-01T09:00:00Z', actorEmail: null, tenantId: null, action: 'apikey.create', target: 'apikey/k1', ip: null },
];

function stubServer() {
  return stubApi({
    'GET /api/v1/admin/audit': (request) => {
      const search = new URL(request.url).searchParams.get('search') ?? '';
      return json(entries.filter((entry) => entry.action.includes(search)));
    },
  });
}

const searchesSent = (fetch: ReturnType<typeof stubServer>) =>
  requestsTo(fetch, 'GET /api/v1/admin/audit').map((request) => new URL(request.url).searchParams.get('search'));

describe('AuditLogPage', () => {
  it('lists the latest entries with who did what, where and from which address', async () => {
    stubServer();
    renderWithQueryClient(<AuditLogPage />);

    const rows = await screen.findAllByTestId('audit-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('admin@platform.test');
    expect(rows[0]).toHaveTextContent('tenant.suspend');
    expect(rows[0]).toHaveTextContent('tenant/t1');
    expect(rows[0]).toHaveTextContent('10.0.0.7');
    expect(rows[1]).toHaveTextContent('System');
  });

  it('searches once the admin stops typing', async () => {
    const fetch = stubServer();
    renderWithQueryClient(<AuditLogPage />);
    await screen.findAllByTestId('audit-row');

    await userEvent.type(screen.getByTestId('audit-search'), 'suspend');

    await waitFor(() => expect(screen.getAllByTestId('audit-row')).toHaveLength(1));
    expect(screen.getByTestId('audit-row')).toHaveTextContent('tenant.suspend');
    expect(searchesSent(fetch)).toEqual([null, 'suspend']);
  });

  it('says so when nothing matches', async () => {
    stubServer();
    renderWithQueryClient(<AuditLogPage />);
    await screen.findAllByTestId('audit-row');

    await userEvent.type(screen.getByTestId('audit-search'), 'nothing');

    expect(await screen.findByText('No matching entries.')).toBeInTheDocument();
  });
});
