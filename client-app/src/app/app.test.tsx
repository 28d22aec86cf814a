import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { antiforgery, json, noContent, problem, stubApi } from '@/testing/fetch';
import { renderApp } from '@/testing/render';

vi.mock('@/lib/live/connection', () => import('@/testing/fake-hub'));

const user = { email: 'owner@shop.test', tenantId: 't-1', tenantName: 'Corner Shop', roles: ['TenantOwner'] };

async function signIn(password: string) {
  await userEvent.type(await screen.findByLabelText('Email'), user.email);
  await userEvent.type(screen.getByLabelText('Password'), password);
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

let signedIn: boolean;

beforeEach(() => {
  signedIn = false;
});

function stubServer() {
  return stubApi({
    'GET /api/v1/auth/me': () => (signedIn ? json(user) : problem(401, 'Unauthorized')),
    'GET /api/v1/auth/antiforgery': antiforgery(),
    'POST /api/v1/auth/login': async (request) => {
      const body = (await request.json()) as { password: string };
      if (body.password !== 'secret') return problem(401, 'Unauthorized');
      signedIn = true;
      return json(user);
    },
    'POST /api/v1/auth/logout': () => {
      signedIn = false;
      return noContent();
    },
    'GET /api/v1/segments/counts': () => json({ sequence: 1, counts: [{ segment: 'Loyal', customers: 3 }] }),
    'GET /api/v1/segments/changes': () => json({ sequence: 1, items: [] }),
  });
}

describe('App', () => {
  it('sends a visitor who is not signed in to the login page', async () => {
    stubServer();
    const router = renderApp('/');
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
  });

  it('says so when the password is wrong', async () => {
    stubServer();
    renderApp('/login');
    await signIn('wrong');
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong email or password');
  });

  it('signs in with the antiforgery token, shows the dashboard and signs out', async () => {
    const fetch = stubServer();
    const router = renderApp('/login');
    await signIn('secret');

    expect(await screen.findByTestId('tenant-name')).toHaveTextContent('Corner Shop');
    expect(screen.getByTestId('user-email')).toHaveTextContent(user.email);
    expect(await screen.findByTestId('segment-count-Loyal')).toHaveTextContent('3');
    const login = fetch.mock.calls.map(([request]) => request).find((request) => request.method === 'POST');
    expect(login?.headers.get('X-XSRF-TOKEN')).toBe('xsrf-1');

    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
  });

  it('switches the language', async () => {
    stubServer();
    renderApp('/login');
    await userEvent.selectOptions(await screen.findByLabelText('Language'), 'zh-CN');
    expect(screen.getByRole('button', { name: '登录' })).toBeInTheDocument();
    expect(screen.getByLabelText('邮箱')).toBeInTheDocument();
  });
});
