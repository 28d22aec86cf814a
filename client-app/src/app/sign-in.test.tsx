import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CurrentUser, LoginRequest, TwoFactorLoginRequest } from '@/features/auth/types';
import { accepted, antiforgery, bodiesSentTo, json, noContent, problem, requestsTo, stubApi } from '@/testing/fetch';
import { renderApp } from '@/testing/render';

vi.mock('@/lib/live/connection', () => import('@/testing/fake-hub'));

const user: CurrentUser = { email: 'owner@shop.test', tenantId: 't-1', tenantName: 'Corner Shop', roles: ['TenantOwner'] };
const AUTHENTICATOR_CODE = '123456';
const RECOVERY_CODE = 'abcd-efgh';

/** A server whose password step answers `onPassword`; the code step takes the codes above. */
function stubServer(onPassword: (body: LoginRequest) => Response) {
  let signedIn = false;
  return stubApi({
    'GET /api/v1/auth/me': () => (signedIn ? json(user) : problem(401, 'Unauthorized')),
    'GET /api/v1/auth/antiforgery': antiforgery(),
    'POST /api/v1/auth/login': async (request) => onPassword((await request.json()) as LoginRequest),
    'POST /api/v1/auth/login/two-factor': async (request) => {
      const { code, recoveryCode } = (await request.json()) as TwoFactorLoginRequest;
      signedIn = code === AUTHENTICATOR_CODE || recoveryCode === RECOVERY_CODE;
      return signedIn ? json(user) : problem(401, 'Sign-in failed');
    },
    'POST /api/v1/auth/resend-confirmation': accepted,
    'POST /api/v1/auth/logout-everywhere': () => {
      signedIn = false;
      return noContent();
    },
    'GET /api/v1/auth/two-factor': () => json({ enabled: false, recoveryCodesLeft: 0 }),
    'GET /api/v1/segments/counts': () => json({ sequence: 1, counts: [] }),
    'GET /api/v1/segments/changes': () => json({ sequence: 1, items: [] }),
  });
}

const twoFactorRequired = () => json({ twoFactorRequired: true }, 202);

async function signIn(path = '/login') {
  const router = renderApp(path);
  await userEvent.type(await screen.findByTestId('login-email'), user.email);
  await userEvent.type(screen.getByTestId('login-password'), 'correct horse');
  await userEvent.click(screen.getByTestId('login-submit'));
  return router;
}

async function enterCode(code: string) {
  const input = await screen.findByTestId('two-factor-code');
  await userEvent.clear(input);
  await userEvent.type(input, code);
  await userEvent.click(screen.getByTestId('two-factor-submit'));
}

describe('two-factor sign-in', () => {
  it('asks for the authenticator code after the password, then shows the dashboard', async () => {
    const fetch = stubServer(twoFactorRequired);
    const router = await signIn();

    expect(await screen.findByLabelText('Authenticator code')).toHaveFocus();
    await enterCode('000000');
    expect(await screen.findByTestId('login-error')).toHaveTextContent('The code is wrong or has expired.');

    await enterCode(AUTHENTICATOR_CODE);

    expect(await screen.findByTestId('tenant-name')).toHaveTextContent('Corner Shop');
    expect(router.state.location.pathname).toBe('/');
    expect(await bodiesSentTo(fetch, 'POST /api/v1/auth/login/two-factor')).toEqual([
      { code: '000000', recoveryCode: null },
      { code: AUTHENTICATOR_CODE, recoveryCode: null },
    ]);
  });

  it('takes a recovery code instead of the authenticator code', async () => {
    const fetch = stubServer(twoFactorRequired);
    await signIn();

    await userEvent.click(await screen.findByRole('button', { name: 'Use a recovery code' }));
    expect(screen.getByLabelText('Recovery code')).toBeInTheDocument();
    await enterCode(RECOVERY_CODE);

    expect(await screen.findByTestId('tenant-name')).toBeInTheDocument();
    expect(await bodiesSentTo(fetch, 'POST /api/v1/auth/login/two-factor')).toEqual([
      { code: null, recoveryCode: RECOVERY_CODE },
    ]);
  });

  it('goes back to the password on "Start over", keeping the address', async () => {
    stubServer(twoFactorRequired);
    await signIn();

    await userEvent.click(await screen.findByRole('button', { name: 'Start over' }));

    expect(screen.getByTestId('login-email')).toHaveValue(user.email);
    expect(screen.getByTestId('login-password')).toHaveValue('');
  });
});

describe('refused sign-in', () => {
  it('offers to mail the confirmation link again when the address is not confirmed', async () => {
    const fetch = stubServer(() => problem(403, 'Email not confirmed', { type: 'urn:saas:problem:email-not-confirmed', detail: 'Confirm your email address.' }));
    await signIn();

    const alert = await screen.findByTestId('login-error');
    expect(alert).toHaveAttribute('data-reason', 'emailNotConfirmed');
    await userEvent.click(within(alert).getByRole('button', { name: 'Send the confirmation link again' }));

    expect(await within(alert).findByRole('status')).toHaveTextContent(`If ${user.email} has an unconfirmed account`);
    expect(await bodiesSentTo(fetch, 'POST /api/v1/auth/resend-confirmation')).toEqual([{ email: user.email }]);
  });

  it("shows a suspended company's message with the server's detail", async () => {
    stubServer(() => problem(403, 'Account suspended', { type: 'urn:saas:problem:account-suspended', detail: 'Contact the platform support.' }));
    await signIn();

    const alert = await screen.findByTestId('login-error');
    expect(alert).toHaveTextContent("Your company's account is suspended.");
    expect(alert).toHaveTextContent('Contact the platform support.');
  });

  it('links a locked account to the password reset', async () => {
    stubServer(() => problem(423, 'Account locked'));
    const router = await signIn();

    const alert = await screen.findByTestId('login-error');
    expect(alert).toHaveTextContent('the account is locked for a while');
    await userEvent.click(within(alert).getByRole('link', { name: 'Forgot password?' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/forgot-password'));
  });

  it('asks to wait when there were too many attempts', async () => {
    stubServer(() => problem(429, 'Too many requests'));
    await signIn();
    expect(await screen.findByTestId('login-error')).toHaveTextContent('Wait a minute and try again.');
  });
});

describe('sign-in page', () => {
  it('links to sign-up and to the password reset', async () => {
    stubServer(twoFactorRequired);
    const router = renderApp('/login');

    await userEvent.click(await screen.findByRole('link', { name: 'Create an account' }));
    expect(await screen.findByRole('heading', { name: 'Create an account' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'Back to sign in' }));
    await userEvent.click(await screen.findByRole('link', { name: 'Forgot password?' }));
    expect(router.state.location.pathname).toBe('/forgot-password');
  });
});

describe('security page', () => {
  it('signs out everywhere after confirmation', async () => {
    const fetch = stubServer(twoFactorRequired);
    const router = await signIn();
    await enterCode(AUTHENTICATOR_CODE);
    await userEvent.click(await screen.findByRole('link', { name: 'Security' }));

    await userEvent.click(await screen.findByTestId('sign-out-everywhere-button'));
    await userEvent.click(within(screen.getByRole('dialog')).getByTestId('confirm-sign-out-everywhere-button'));

    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(requestsTo(fetch, 'POST /api/v1/auth/logout-everywhere')).toHaveLength(1);
  });
});
