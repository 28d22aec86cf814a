import { api } from './client';
import { unwrap } from './errors';

/**
 * Sets the XSRF-TOKEN cookie that xsrfMiddleware echoes. The token is bound to the signed-in user and the
 * cookie ends with the browser session, so fetch it before each state-changing call.
 */
export const getAntiforgery = (): Promise<void> => unwrap(api.GET('/api/v1/auth/antiforgery'));

/** A state-changing call preceded by a fresh antiforgery token: what a mutation runs. */
export const withAntiforgery =
  <Variables = void, Result = void>(write: (variables: Variables) => Promise<Result>) =>
  async (variables: Variables): Promise<Result> => {
    await getAntiforgery();
    return write(variables);
  };
