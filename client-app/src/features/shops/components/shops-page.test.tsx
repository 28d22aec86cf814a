import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { antiforgery, bodiesSentTo, json, noContent, problem, requestsTo, stubApi } from '@/testing/fetch';
import { renderWithQueryClient } from '@/testing/render';
import type { CreatedShopConnection, CreateShopConnectionRequest, ShopConnectionSummary } from '../types';
import { ShopsPage } from './shops-page';

const SECRET = 'whsec_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';
const API_KEY = 'sk_feedfacefeedface';

let connections: ShopConnectionSummary[];

const summary = (id: string, name: string, platform: string, more: Partial<ShopConnectionSummary> = {}): ShopConnectionSummary => ({
  id,
  platform,
  name,
  shopDomain: null,
  webhookUrl: `https://app.example.com/webhooks/${platform}/${id}`,
  apiUrl: 'https://app.example.com/api/v1/orders',
  apiKeyPrefix: 'sk_abcdefg',
  createdAt: '2026-03-01T10:00:00Z',
  lastReceivedAt: null,
  ...more,
});

beforeEach(() => {
  connections = [summary('c1', 'Tea on the web', 'woocommerce', { lastReceivedAt: '2026-03-02T08:00:00Z' })];
});

function stubServer() {
  return stubApi({
    'GET /api/v1/auth/antiforgery': antiforgery(),
    'GET /api/v1/shops/connections': () => json(connections),
    'POST /api/v1/shops/connections': async (request) => {
      const body = (await request.json()) as CreateShopConnectionRequest;
      if (body.shopDomain === 'evil.example.com') {
        return problem(400, 'One or more validation errors occurred.', {
          errors: { shopDomain: ['The shop\u2019s domain, e.g. my-shop.myshopify.com, is required for Shopify.'] },
        });
      }
      const id = 'c2';
      const webhookUrl = body.platform === 'custom' ? null : `https://app.example.com/webhooks/${body.platform}/${id}`;
      connections = [summary(id, body.name, body.platform, { shopDomain: body.shopDomain ?? null, webhookUrl }), ...connections];
      const created: CreatedShopConnection = {
        id,
        platform: body.platform,
        name: body.name,
        shopDomain: body.shopDomain ?? null,
        webhookUrl,
        webhookSecret: webhookUrl ? SECRET : null,
        apiUrl: 'https://app.example.com/api/v1/orders',
        apiKey: API_KEY,
        createdAt: '2026-03-03T09:00:00Z',
      };
      return json(created, 201);
    },
    'PUT /api/v1/shops/connections/c1/secret': () => noContent(),
    'DELETE /api/v1/shops/connections/c1': () => {
      connections = connections.filter((connection) => connection.id !== 'c1');
      return noContent();
    },
  });
}

const row = (name: string) => screen.getAllByTestId('connection-row').find((tr) => tr.dataset.connectionName === name)!;

describe('ShopsPage', () => {
  it('connecting a Shopify shop shows its webhook URL, secret and API key once, with its numbered setup steps filled in', async () => {
    const fetch = stubServer();
    const user = userEvent.setup();
    renderWithQueryClient(<ShopsPage />);
    await screen.findAllByTestId('connection-row');

    await user.type(screen.getByTestId('connection-name-input'), 'Leaf & Co');
    expect(screen.getByTestId('create-connection-button')).toBeDisabled();
    await user.type(screen.getByTestId('shop-domain-input'), 'leaf-and-co.myshopify.com');
    await user.click(screen.getByTestId('create-connection-button'));

    expect(await screen.findByTestId('webhook-url')).toHaveTextContent('https://app.example.com/webhooks/shopify/c2');
    expect(screen.getByTestId('webhook-secret')).toHaveTextContent(SECRET);
    expect(screen.getByTestId('api-key')).toHaveTextContent(API_KEY);
    expect(screen.getByTestId('new-connection')).toHaveTextContent('will not be shown again');
    const steps = within(screen.getByTestId('setup-steps')).getAllByRole('listitem');
    expect(steps).toHaveLength(5);
    expect(steps[0]).toHaveTextContent('Settings → Notifications → Webhooks');
    expect(steps[1]).toHaveTextContent('URL https://app.example.com/webhooks/shopify/c2');
    expect(steps[3]).toHaveTextContent('Your webhooks will be signed with');
    expect(await bodiesSentTo(fetch, 'POST /api/v1/shops/connections')).toEqual([
      { platform: 'shopify', name: 'Leaf & Co', shopDomain: 'leaf-and-co.myshopify.com' },
    ]);
    expect(requestsTo(fetch, 'POST /api/v1/shops/connections')[0]?.headers.get('X-XSRF-TOKEN')).toBe('xsrf-1');
    await waitFor(() => expect(row('Leaf & Co')).toHaveTextContent('leaf-and-co.myshopify.com'));

    await user.click(screen.getByTestId('copy-webhook-secret'));
    expect(await navigator.clipboard.readText()).toBe(SECRET);

    await user.click(screen.getByTestId('dismiss-new-connection-button'));
    expect(document.body).not.toHaveTextContent(SECRET);
    expect(document.body).not.toHaveTextContent(API_KEY);
  });

  it('gives WooCommerce the secret inside its steps and a custom connection its API key, without a webhook', async () => {
    stubServer();
    const user = userEvent.setup();
    renderWithQueryClient(<ShopsPage />);
    await screen.findAllByTestId('connection-row');

    await user.selectOptions(screen.getByTestId('platform-select'), 'woocommerce');
    expect(screen.queryByTestId('shop-domain-input')).not.toBeInTheDocument();
    await user.type(screen.getByTestId('connection-name-input'), 'Woo');
    await user.click(screen.getByTestId('create-connection-button'));
    const wooSteps = within(await screen.findByTestId('setup-steps')).getAllByRole('listitem');
    expect(wooSteps[1]).toHaveTextContent(`Secret ${SECRET}`);
    await user.click(screen.getByTestId('dismiss-new-connection-button'));

    await user.selectOptions(screen.getByTestId('platform-select'), 'custom');
    await user.type(screen.getByTestId('connection-name-input'), 'Till');
    await user.click(screen.getByTestId('create-connection-button'));
    await screen.findByTestId('api-key');
    expect(screen.queryByTestId('webhook-url')).not.toBeInTheDocument();
    expect(screen.queryByTestId('webhook-secret')).not.toBeInTheDocument();
    expect(within(screen.getByTestId('setup-steps')).getAllByRole('listitem')[0]).toHaveTextContent(
      `POST https://app.example.com/api/v1/orders with the header X-Api-Key: ${API_KEY}`,
    );
  });

  it('shows the server’s reason when the shop domain is refused', async () => {
    stubServer();
    const user = userEvent.setup();
    renderWithQueryClient(<ShopsPage />);
    await screen.findAllByTestId('connection-row');

    await user.type(screen.getByTestId('connection-name-input'), 'Leaf');
    await user.type(screen.getByTestId('shop-domain-input'), 'evil.example.com');
    await user.click(screen.getByTestId('create-connection-button'));

    expect(await screen.findByRole('alert')).toHaveTextContent('my-shop.myshopify.com');
    expect(screen.queryByTestId('new-connection')).not.toBeInTheDocument();
  });

  it('replaces a connection’s secret with the shop’s key and disconnects it', async () => {
    const fetch = stubServer();
    const user = userEvent.setup();
    renderWithQueryClient(<ShopsPage />);
    await screen.findAllByTestId('connection-row');
    expect(row('Tea on the web')).toHaveTextContent('https://app.example.com/webhooks/woocommerce/c1');

    await user.click(within(row('Tea on the web')).getByTestId('replace-secret-button'));
    await user.type(screen.getByTestId('replace-secret-input'), 'short');
    expect(screen.getByTestId('confirm-replace-secret-button')).toBeDisabled();
    await user.type(screen.getByTestId('replace-secret-input'), '-but-now-long-enough');
    await user.click(screen.getByTestId('confirm-replace-secret-button'));
    await waitFor(() => expect(screen.queryByTestId('replace-secret-input')).not.toBeInTheDocument());
    expect(await bodiesSentTo(fetch, 'PUT /api/v1/shops/connections/c1/secret')).toEqual([{ secret: 'short-but-now-long-enough' }]);

    await user.click(within(row('Tea on the web')).getByTestId('delete-connection-button'));
    await user.click(screen.getByTestId('confirm-delete-connection-button'));
    expect(await screen.findByText('No shop connected yet.')).toBeInTheDocument();
  });
});
