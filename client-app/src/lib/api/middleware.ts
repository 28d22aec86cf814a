import type { Middleware } from 'openapi-fetch';

const XSRF_COOKIE = 'XSRF-TOKEN';
const XSRF_HEADER = 'X-XSRF-TOKEN';

function readCookie(name: string): string | undefined {
  const prefix = `${name}=`;
  const entry = document.cookie.split('; ').find((cookie) => cookie.startsWith(prefix));
  return entry === undefined ? undefined : decodeURIComponent(entry.slice(prefix.length));
}

/** Echoes the antiforgery cookie in a header, which the server checks on unsafe requests. */
export const xsrfMiddleware: Middleware = {
  onRequest({ request }) {
    if (request.method === 'GET') return;
    const token = readCookie(XSRF_COOKIE);
    if (token !== undefined) request.headers.set(XSRF_HEADER, token);
  },
};

export function unauthorizedMiddleware(onUnauthorized: () => void): Middleware {
  return {
    onResponse({ response, schemaPath }) {
      // Auth endpoints answer 401 as part of their contract (wrong password, not signed in).
      if (response.status === 401 && !schemaPath.startsWith('/api/v1/auth/')) onUnauthorized();
    },
  };
}
