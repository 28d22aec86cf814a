import { vi } from 'vitest';
import type { ProblemDetails } from '@/lib/api/errors';

type Handler = (request: Request) => Response | Promise<Response>;

export const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

export const problem = (status: number, title: string, more?: Omit<ProblemDetails, 'title'>): Response =>
  new Response(JSON.stringify({ status, title, ...more }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });

export const noContent = (): Response => new Response(null, { status: 204 });

export const accepted = (): Response => new Response(null, { status: 202 });

/** The JSON bodies a stubbed fetch received for "METHOD /path", oldest first. */
export const bodiesSentTo = (fetchMock: ReturnType<typeof stubApi>, route: string): Promise<unknown[]> =>
  Promise.all(requestsTo(fetchMock, route).map((request) => request.clone().json() as Promise<unknown>));

/** Answers GET /api/v1/auth/antiforgery as the server does: by setting the XSRF-TOKEN cookie. */
export const antiforgery = (token = 'xsrf-1') => (): Response => {
  document.cookie = `XSRF-TOKEN=${token}`;
  return noContent();
};

const routeOf = (request: Request) => `${request.method} ${new URL(request.url).pathname}`;

/** Stubs fetch with handlers keyed by "METHOD /path"; anything else answers 404. */
export function stubApi(routes: Record<string, Handler>) {
  const fetchMock = vi.fn(async (request: Request) => {
    const handler = routes[routeOf(request)];
    // The handler reads a copy, so bodiesSentTo can still read what was sent.
    return handler ? handler(request.clone()) : new Response(null, { status: 404 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** The requests a stubbed fetch received for "METHOD /path", oldest first. */
export function requestsTo(fetchMock: ReturnType<typeof stubApi>, route: string): Request[] {
  return fetchMock.mock.calls.map(([request]) => request).filter((request) => routeOf(request) === route);
}
