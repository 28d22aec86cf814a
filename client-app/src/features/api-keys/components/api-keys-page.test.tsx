import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { antiforgery, json, noContent, problem, requestsTo, stubApi } from '@/testing/fetch';
import { renderWithQueryClient } from '@/testing/render';
import type { ApiKeySummary, CreateApiKeyRequest } from '../types';
import { ApiKeysPage } from './api-keys-page';

const FULL_KEY = 'sk_live_abcd1234_secretpart';

let keys: ApiKeySummary[];

const summary = (id: string, name: string, more: Partial<ApiKeySummary> = {}): ApiKeySummary => ({
  id,
  name,
  prefix: `sk_${id}`,
  createdAt: '2025-06-01T10:00:00Z',
  lastUsedAt: null,
  revokedAt: null,
  ...more,
});

beforeEach(() => {
  keys = [
    summary('k1', 'Online shop', { lastUsedAt: '2025-06-02T08:00:00Z' }),
    summary('k0', 'Old import', { revokedAt: '2025-05-01T00:00:00Z' }),
  ];
});

function stubServer() {
  return stubApi({
    'GET /api/v1/auth/antiforgery': antiforgery(),
    'GET /api/v1/connectors/keys': () => json(keys),
    'POST /api/v1/connectors/keys': async (request) => {
      const { name } = (await request.json()) as CreateApiKeyRequest;
      if (name === 'taken') {
        return problem(400, 'One or more validation errors occurred.', { errors: { name: ['That name is in use.'] } });
      }
      keys = [summary('k2', name), ...keys];
      return json({ id: 'k2', name, key: FULL_KEY, prefix: 'sk_k2', createdAt: '2025-06-03T09:00:00Z' }, 201);
    },
    'DELETE /api/v1/connectors/keys/k1': () => {
      keys = keys.map((key) => (key.id === 'k1' ? { ...key, revokedAt: '2025-06-03T10:00:00Z' } : key));
      return noContent();
    },
  });
}

const row = (name: string) => screen.getAllByTestId('key-row').find((tr) => tr.dataset.keyName === name)!;

async function createKey(name: string) {
  await userEvent.type(screen.getByTestId('key-name-input'), name);
  await userEvent.click(screen.getByTestId('create-key-button'));
}

describe('ApiKeysPage', () => {
  it('lists the keys without their secrets, with a revoke button on active keys only', async () => {
    stubServer();
    renderWithQueryClient(<ApiKeysPage />);

    expect(await screen.findAllByTestId('key-row')).toHaveLength(2);
    expect(row('Online shop')).toHaveTextContent('sk_k1');
    expect(within(row('Online shop')).getByTestId('key-status')).toHaveTextContent('Active');
    expect(within(row('Old import')).getByTestId('key-status')).toHaveTextContent('Revoked');
    expect(row('Old import')).toHaveTextContent('Never');
    expect(within(row('Old import')).queryByTestId('revoke-key-button')).not.toBeInTheDocument();
  });

  it('shows a new key once, with a warning and a copy button, and lists it', async () => {
    const fetch = stubServer();
    const user = userEvent.setup();
    renderWithQueryClient(<ApiKeysPage />);
    await screen.findAllByTestId('key-row');

    expect(screen.getByTestId('create-key-button')).toBeDisabled();
    await createKey('  Warehouse  ');

    expect(await screen.findByTestId('new-key-value')).toHaveTextContent(FULL_KEY);
    expect(screen.getByTestId('new-key')).toHaveTextContent('it will not be shown again');
    expect(requestsTo(fetch, 'POST /api/v1/connectors/keys')[0]?.headers.get('X-XSRF-TOKEN')).toBe('xsrf-1');
    await waitFor(() => expect(row('Warehouse')).toBeInTheDocument());
    expect(screen.getByTestId('key-name-input')).toHaveValue('');

    await user.click(screen.getByTestId('copy-key-button'));
    expect(await navigator.clipboard.readText()).toBe(FULL_KEY);
    expect(screen.getByTestId('copy-key-button')).toHaveTextContent('Copied');

    await user.click(screen.getByRole('button', { name: 'I have copied it' }));
    expect(screen.queryByTestId('new-key-value')).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(FULL_KEY);
  });

  it('shows the problem the server reports', async () => {
    stubServer();
    renderWithQueryClient(<ApiKeysPage />);
    await screen.findAllByTestId('key-row');

    await createKey('taken');

    expect(await screen.findByRole('alert')).toHaveTextContent('That name is in use.');
    expect(screen.queryByTestId('new-key-value')).not.toBeInTheDocument();
  });

  it('revokes a key only after confirmation', async () => {
    const fetch = stubServer();
    renderWithQueryClient(<ApiKeysPage />);
    await screen.findAllByTestId('key-row');

    await userEvent.click(within(row('Online shop')).getByTestId('revoke-key-button'));
    expect(screen.getByRole('dialog')).toHaveTextContent('“Online shop” stops working at once');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(requestsTo(fetch, 'DELETE /api/v1/connectors/keys/k1')).toHaveLength(0);

    await userEvent.click(within(row('Online shop')).getByTestId('revoke-key-button'));
    await userEvent.click(screen.getByTestId('confirm-revoke-button'));

    await waitFor(() => expect(within(row('Online shop')).getByTestId('key-status')).toHaveTextContent('Revoked'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(within(row('Online shop')).queryByTestId('revoke-key-button')).not.toBeInTheDocument();
    expect(requestsTo(fetch, 'DELETE /api/v1/connectors/keys/k1')).toHaveLength(1);
  });
});
