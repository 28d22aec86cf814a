import createClient from 'openapi-fetch';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { unauthorizedMiddleware, xsrfMiddleware } from './middleware';
import type { paths } from './schema';

function clientAnswering(status: number) {
  const fetch = vi.fn(async (_request: Request) => new Response(null, { status }));
  const onUnauthorized = vi.fn();
  const client = createClient<paths>({ baseUrl: 'http://localhost', fetch });
  client.use(xsrfMiddleware, unauthorizedMiddleware(onUnauthorized));
  const sent = () => fetch.mock.calls[0]![0];
  return { client, sent, onUnauthorized };
}

describe('xsrfMiddleware', () => {
  afterEach(() => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
  });

  it('sends the XSRF-TOKEN cookie as a header on non-GET requests', async () => {
    document.cookie = `XSRF-TOKEN=${encodeURIComponent('a/b+c')}`;
    const { client, sent } = clientAnswering(204);
    await client.POST('/api/v1/auth/logout');
    expect(sent().headers.get('X-XSRF-TOKEN')).toBe('a/b+c');
  });

  it('leaves GET requests alone', async () => {
    document.cookie = 'XSRF-TOKEN=token';
    const { client, sent } = clientAnswering(204);
    await client.GET('/api/v1/auth/antiforgery');
    expect(sent().headers.has('X-XSRF-TOKEN')).toBe(false);
  });
});

describe('unauthorizedMiddleware', () => {
  it('reports a 401 from the API', async () => {
    const { client, onUnauthorized } = clientAnswering(401);
    await client.GET('/api/v1/segments/counts');
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });

  it('leaves 401s from auth endpoints to their callers', async () => {
    const { client, onUnauthorized } = clientAnswering(401);
    await client.GET('/api/v1/auth/me');
    await client.POST('/api/v1/auth/login', { body: { email: 'a@b.c', password: 'x' } });
    expect(onUnauthorized).not.toHaveBeenCalled();
  });
});
