import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { antiforgery, bodiesSentTo, json, noContent, problem, requestsTo, stubApi } from '@/testing/fetch';
import { renderWithQueryClient } from '@/testing/render';
import type { TwoFactorCodeRequest, TwoFactorStatus } from '../types';
import { TwoFactorSettings } from './two-factor-settings';

const CURRENT_CODE = '123456';
const KEY = 'abcd efgh ijkl mnop';
const URI = 'otpauth://totp/Customer%20Segments:owner%40tea.test?secret=ABCDEFGHIJKLMNOP&issuer=Customer%20Segments&digits=6';
const RECOVERY_CODES = ['aaaa-1111', 'bbbb-2222', 'cccc-3333'];

let status: TwoFactorStatus;

beforeEach(() => {
  status = { enabled: false, recoveryCodesLeft: 0 };
});

const wrongCode = () =>
  problem(400, 'One or more validation errors occurred.', { errors: { code: ['The code is wrong or has expired.'] } });

/** Answers `onRight` to the current code, a validation problem to any other. */
const withCode = (onRight: () => Response) => async (request: Request) =>
  ((await request.json()) as TwoFactorCodeRequest).code === CURRENT_CODE ? onRight() : wrongCode();

function stubServer() {
  return stubApi({
    'GET /api/v1/auth/antiforgery': antiforgery(),
    'GET /api/v1/auth/two-factor': () => json(status),
    'POST /api/v1/auth/two-factor/setup': () => json({ sharedKey: KEY, authenticatorUri: URI }),
    'POST /api/v1/auth/two-factor/enable': withCode(() => {
      status = { enabled: true, recoveryCodesLeft: RECOVERY_CODES.length };
      return json({ codes: RECOVERY_CODES });
    }),
    'POST /api/v1/auth/two-factor/disable': withCode(() => {
      status = { enabled: false, recoveryCodesLeft: 0 };
      return noContent();
    }),
  });
}

async function submitCode(prefix: string, code: string) {
  await userEvent.clear(screen.getByTestId(`${prefix}-code`));
  await userEvent.type(screen.getByTestId(`${prefix}-code`), code);
  await userEvent.click(screen.getByTestId(`${prefix}-submit`));
}

describe('TwoFactorSettings', () => {
  it('sets up an authenticator and shows the recovery codes once', async () => {
    const fetch = stubServer();
    renderWithQueryClient(<TwoFactorSettings />);
    expect(await screen.findByTestId('two-factor-status')).toHaveTextContent('Off');

    await userEvent.click(screen.getByTestId('two-factor-setup-button'));
    expect(await screen.findByTestId('authenticator-key')).toHaveTextContent(KEY);
    expect(screen.getByTestId('authenticator-link')).toHaveAttribute('href', URI);

    await submitCode('two-factor-enable', '000000');
    expect(await screen.findByText('The code is wrong or has expired.')).toBeInTheDocument();
    expect(screen.getByTestId('two-factor-enable-code')).toHaveAttribute('aria-invalid', 'true');

    await submitCode('two-factor-enable', CURRENT_CODE);
    const codes = await screen.findAllByTestId('recovery-code');
    expect(codes.map((code) => code.textContent)).toEqual(RECOVERY_CODES);
    await waitFor(() => expect(screen.getByTestId('two-factor-status')).toHaveTextContent('On'));

    await userEvent.click(screen.getByTestId('recovery-codes-done'));
    expect(screen.queryByTestId('recovery-codes')).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(RECOVERY_CODES[0]!);
    expect(screen.getByTestId('recovery-codes-left')).toHaveTextContent('3 recovery codes left.');
    expect(requestsTo(fetch, 'POST /api/v1/auth/two-factor/enable')[1]?.headers.get('X-XSRF-TOKEN')).toBe('xsrf-1');
  });

  it('turns two-factor sign-in off with a current code', async () => {
    status = { enabled: true, recoveryCodesLeft: 1 };
    const fetch = stubServer();
    renderWithQueryClient(<TwoFactorSettings />);
    expect(await screen.findByTestId('recovery-codes-left')).toHaveTextContent('1 recovery code left.');

    await submitCode('two-factor-disable', CURRENT_CODE);

    await waitFor(() => expect(screen.getByTestId('two-factor-status')).toHaveTextContent('Off'));
    expect(screen.getByTestId('two-factor-setup-button')).toBeInTheDocument();
    expect(await bodiesSentTo(fetch, 'POST /api/v1/auth/two-factor/disable')).toEqual([{ code: CURRENT_CODE }]);
  });

  it('drops a started setup on Cancel', async () => {
    stubServer();
    renderWithQueryClient(<TwoFactorSettings />);
    await userEvent.click(await screen.findByTestId('two-factor-setup-button'));
    await screen.findByTestId('authenticator-key');

    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByTestId('authenticator-key')).not.toBeInTheDocument();
    expect(screen.getByTestId('two-factor-setup-button')).toBeInTheDocument();
  });
});
