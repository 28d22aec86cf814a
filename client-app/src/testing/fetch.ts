import { vi } from 'vitest';

type Handler = (request: Request) => Response | Promise<Response>;

export const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

export const problem = (status: number, title: string): Response =>
  new Response(JSON.stringify({ status, title }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });

export const noContent = (): Response => new Response(null, { status: 204 });

/** Stubs fetch with handlers keyed by "METHOD /path"; anything else answers 404. */
export function stubApi(routes: Record<string, Handler>) {
  const fetchMock = vi.fn(async (request: Request) => {
    const handler = routes[`${request.method} ${new URL(request.url).pathname}`];
    return handler ? handler(request) : new Response(null, { status: 404 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}
