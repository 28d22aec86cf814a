import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import type { HTMLAttributes } from 'react';
import { afterEach, beforeEach, vi } from 'vitest';
import i18n from '@/i18n';

// A busy CI machine can take more than the default second to render a page after a click.
configure({ asyncUtilTimeout: 5000 });

vi.mock('@/lib/api/client', async () => {
  const { default: createClient } = await import('openapi-fetch');
  const { xsrfMiddleware } = await import('@/lib/api/middleware');
  // Node's Request rejects relative URLs, and fetch is looked up per call so tests can stub it.
  const api = createClient({ baseUrl: 'http://localhost', fetch: (request: Request) => fetch(request) });
  api.use(xsrfMiddleware);
  return { api };
});

// ECharts needs layout and a canvas, which jsdom lacks; tests read the numbers from the list beside it.
vi.mock('@/features/dashboard/components/e-chart', () => ({
  EChart: ({ option: _option, ...divProps }: { option: unknown } & HTMLAttributes<HTMLDivElement>) => (
    <div {...divProps} />
  ),
}));

beforeEach(async () => {
  await i18n.changeLanguage('en');
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});
