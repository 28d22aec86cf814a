import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { accepted, antiforgery, bodiesSentTo, json, noContent, problem, requestsTo, stubApi } from '@/testing/fetch';
import { renderApp } from '@/testing/render';

const NEW_PASSWORD = 'a long new password';

const invalidLink = () =>
  problem(400, 'Invalid or expired link', { detail: 'The link is invalid or has expired; ask for a new one.' });

const passwordTooShort = () =>
  problem(400, 'One or more validation errors occurred.', {
    errors: { newPassword: ['Passwords must be at least 10 characters.'] },
  });

function stubServer(routes: Parameters<typeof stubApi>[0]) {
  return stubApi({
    'GET /api/v1/auth/me': () => problem(401, 'Unauthorized'),
    'GET /api/v1/auth/antiforgery': antiforgery(),
    ...routes,
  });
}

describe('sign-up', () => {
  const WEAK_PASSWORD = 'aaaaaaaaaa';

  it('shows what is wrong beside each field, then asks to check the inbox', async () => {
    const fetch = stubServer({
      'POST /api/v1/auth/signup': async (request) => {
        const { password } = (await request.json()) as { password: string };
        return password === WEAK_PASSWORD
          ? problem(400, 'The sign-up is incomplete', { errors: { password: ['Passwords must use 2 different characters.'] } })
          : accepted();
      },
    });
    renderApp('/signup');
    await userEvent.type(await screen.findByTestId('signup-company'), ' Tea House ');
    await userEvent.type(screen.getByTestId('signup-email'), ' owner@tea.test ');
    await userEvent.type(screen.getByTestId('signup-password'), WEAK_PASSWORD);
    await userEvent.click(screen.getByTestId('signup-submit'));

    expect(await screen.findByTestId('signup-password')).toHaveAccessibleDescription(
      'At least 10 characters. Passwords must use 2 different characters.',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Please correct the marked fields.');
    expect(screen.getByRole('alert')).not.toHaveTextContent('Passwords must');

    await userEvent.clear(screen.getByTestId('signup-password'));
    await userEvent.type(screen.getByTestId('signup-password'), NEW_PASSWORD);
    await userEvent.click(screen.getByTestId('signup-submit'));

    expect(await screen.findByTestId('signup-done')).toHaveTextContent('We sent a link to owner@tea.test.');
    const sent = await bodiesSentTo(fetch, 'POST /api/v1/auth/signup');
    expect(sent[1]).toEqual({ companyName: 'Tea House', email: 'owner@tea.test', password: NEW_PASSWORD });
    expect(requestsTo(fetch, 'POST /api/v1/auth/signup')[1]?.headers.get('X-XSRF-TOKEN')).toBe('xsrf-1');
  });
});

describe('confirm-email', () => {
  it('confirms with the user id and code from the fragment, once, then links to sign-in', async () => {
    const fetch = stubServer({ 'POST /api/v1/auth/confirm-email': noContent });
    renderApp('/confirm-email#userId=u-1&code=a%2Bb%2F%3D');

    await waitFor(() => expect(screen.getByTestId('confirm-status')).toHaveAttribute('data-status', 'confirmed'));
    expect(await bodiesSentTo(fetch, 'POST /api/v1/auth/confirm-email')).toEqual([{ userId: 'u-1', code: 'a+b/=' }]);
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/login');
  });

  it('drops the secret from the address bar, so it does not stay in the history', async () => {
    stubServer({ 'POST /api/v1/auth/confirm-email': noContent });
    window.history.replaceState(null, '', '/confirm-email#userId=u-1&code=secret');
    renderApp('/confirm-email#userId=u-1&code=secret');

    await waitFor(() => expect(screen.getByTestId('confirm-status')).toHaveAttribute('data-status', 'confirmed'));
    expect(window.location.href).not.toContain('secret');
  });

  it('offers a new link when the old one is refused', async () => {
    const fetch = stubServer({ 'POST /api/v1/auth/confirm-email': invalidLink, 'POST /api/v1/auth/resend-confirmation': accepted });
    renderApp('/confirm-email#userId=u-1&code=old');

    await waitFor(() => expect(screen.getByTestId('confirm-status')).toHaveAttribute('data-status', 'failed'));
    await userEvent.type(screen.getByTestId('resend-email'), 'owner@tea.test');
    await userEvent.click(screen.getByTestId('resend-submit'));

    expect(await screen.findByText(/a new link is on its way/)).toBeInTheDocument();
    expect(await bodiesSentTo(fetch, 'POST /api/v1/auth/resend-confirmation')).toEqual([{ email: 'owner@tea.test' }]);
  });

  it('sends nothing when the link lost its fragment', async () => {
    const fetch = stubServer({});
    renderApp('/confirm-email');

    expect(await screen.findByTestId('confirm-status')).toHaveAttribute('data-status', 'failed');
    expect(requestsTo(fetch, 'POST /api/v1/auth/confirm-email')).toHaveLength(0);
  });
});

describe('password reset', () => {
  it('mails a link for a forgotten password', async () => {
    const fetch = stubServer({ 'POST /api/v1/auth/forgot-password': accepted });
    renderApp('/forgot-password');
    await userEvent.type(await screen.findByTestId('forgot-email'), 'owner@tea.test');
    await userEvent.click(screen.getByTestId('forgot-submit'));

    expect(await screen.findByTestId('forgot-done')).toHaveTextContent('If owner@tea.test has an account');
    expect(await bodiesSentTo(fetch, 'POST /api/v1/auth/forgot-password')).toEqual([{ email: 'owner@tea.test' }]);
  });

  it('reads the user id and code from the fragment and sends the visitor to sign in', async () => {
    const fetch = stubServer({
      'POST /api/v1/auth/reset-password': async (request) => {
        const { newPassword } = (await request.json()) as { newPassword: string };
        return newPassword === NEW_PASSWORD ? noContent() : passwordTooShort();
      },
    });
    const router = renderApp('/reset-password#userId=u-7&code=c%2B1');

    await userEvent.type(await screen.findByTestId('reset-password'), 'too-short');
    await userEvent.click(screen.getByTestId('reset-submit'));
    expect(await screen.findByText('Passwords must be at least 10 characters.')).toBeInTheDocument();

    await userEvent.clear(screen.getByTestId('reset-password'));
    await userEvent.type(screen.getByTestId('reset-password'), NEW_PASSWORD);
    await userEvent.click(screen.getByTestId('reset-submit'));

    expect(await screen.findByTestId('login-notice')).toHaveTextContent('Your password is changed.');
    expect(router.state.location.pathname).toBe('/login');
    expect((await bodiesSentTo(fetch, 'POST /api/v1/auth/reset-password'))[1]).toEqual({
      userId: 'u-7',
      code: 'c+1',
      newPassword: NEW_PASSWORD,
    });
  });

  it('says when the link is invalid or expired', async () => {
    stubServer({ 'POST /api/v1/auth/reset-password': invalidLink });
    renderApp('/reset-password#userId=u-7&code=old');
    await userEvent.type(await screen.findByTestId('reset-password'), NEW_PASSWORD);
    await userEvent.click(screen.getByTestId('reset-submit'));

    expect(await screen.findByRole('alert')).toHaveTextContent('Invalid or expired link');
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute('href', '/forgot-password');
  });

  it('shows no form for a link without its fragment', async () => {
    stubServer({});
    renderApp('/reset-password');
    expect(await screen.findByTestId('incomplete-link')).toBeInTheDocument();
    expect(screen.queryByTestId('reset-password')).not.toBeInTheDocument();
  });
});

describe('accept-invitation', () => {
  const preview = { email: 'manager@tea.test', tenantName: 'Tea House', role: 'AccountManager', expiresAt: '2030-01-08T10:00:00Z' };

  it('shows who invites to which company, then creates the account and offers to sign in', async () => {
    const fetch = stubServer({
      'POST /api/v1/invitations/preview': () => json(preview),
      'POST /api/v1/invitations/accept': noContent,
    });
    const router = renderApp('/accept-invitation#token=inv_secret');

    expect(await screen.findByTestId('invitation-company')).toHaveTextContent('Tea House');
    expect(screen.getByTestId('invitation-email')).toHaveTextContent('manager@tea.test');
    expect(screen.getByText('Account manager')).toBeInTheDocument();

    await userEvent.type(screen.getByTestId('accept-password'), NEW_PASSWORD);
    await userEvent.click(screen.getByTestId('accept-submit'));

    expect(await screen.findByTestId('login-notice')).toHaveTextContent('Your account is ready.');
    expect(router.state.location.pathname).toBe('/login');
    expect(screen.getByTestId('login-email')).toHaveValue('manager@tea.test');
    expect(await bodiesSentTo(fetch, 'POST /api/v1/invitations/preview')).toEqual([{ token: 'inv_secret' }]);
    expect(await bodiesSentTo(fetch, 'POST /api/v1/invitations/accept')).toEqual([
      { token: 'inv_secret', password: NEW_PASSWORD },
    ]);
  });

  it('says when the address already has an account', async () => {
    stubServer({
      'POST /api/v1/invitations/preview': () => json(preview),
      'POST /api/v1/invitations/accept': () =>
        problem(409, 'Address already registered', { detail: 'This address already has an account.' }),
    });
    renderApp('/accept-invitation#token=inv_secret');
    await userEvent.type(await screen.findByTestId('accept-password'), NEW_PASSWORD);
    await userEvent.click(screen.getByTestId('accept-submit'));

    expect(await screen.findByRole('alert')).toHaveTextContent('Address already registered');
  });

  it('shows no form for an invalid or expired invitation', async () => {
    stubServer({ 'POST /api/v1/invitations/preview': invalidLink });
    renderApp('/accept-invitation#token=inv_old');

    expect(await screen.findByRole('alert')).toHaveTextContent('Invalid or expired link');
    expect(screen.queryByTestId('accept-password')).not.toBeInTheDocument();
  });
});
