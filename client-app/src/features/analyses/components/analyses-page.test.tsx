import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { HTMLAttributes } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { json, problem, requestsTo, stubApi } from '@/testing/fetch';
import * as fixtures from '../testing/fixtures';
import { AnalysesPage } from './analyses-page';

// ECharts needs layout and a canvas; the option builders have their own tests.
vi.mock('./analysis-chart', () => ({
  AnalysisChart: ({ option: _option, ...divProps }: { option: unknown } & HTMLAttributes<HTMLDivElement>) => <div {...divProps} />,
}));

const ANSWERS = {
  'GET /api/v1/analyses/satisfaction': () => json(fixtures.satisfaction),
  'GET /api/v1/analyses/complaints': () => json(fixtures.complaints),
  'GET /api/v1/analyses/contacts/over-contacted': () => json(fixtures.overContacted),
};

function renderAnalyses(view?: string, answers: Partial<Record<string, (request: Request) => Response>> = {}) {
  const fetch = stubApi({ ...ANSWERS, ...answers } as Record<string, (request: Request) => Response>);
  const router = createMemoryRouter([{ path: '/analyses', element: <AnalysesPage /> }], {
    initialEntries: [view ? `/analyses?view=${view}` : '/analyses'],
  });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { fetch, router };
}

const query = (fetch: ReturnType<typeof stubApi>, route: string) =>
  requestsTo(fetch, route).map((request) => Object.fromEntries(new URL(request.url).searchParams));

describe('AnalysesPage', () => {
  it('opens on the first analysis and fetches only the analysis shown', async () => {
    const { fetch, router } = renderAnalyses();
    expect(await screen.findAllByTestId('satisfaction-row')).toHaveLength(1);
    expect(screen.getByRole('tab', { name: 'Satisfaction' })).toHaveAttribute('aria-selected', 'true');
    expect(requestsTo(fetch, 'GET /api/v1/analyses/complaints')).toHaveLength(0);

    await userEvent.click(screen.getByRole('tab', { name: 'Complaints' }));

    expect(await screen.findByTestId('complaints-total')).toHaveTextContent('12');
    expect(router.state.location.search).toBe('?view=complaints');
  });

  it('says so when an analysis has no data yet', async () => {
    renderAnalyses('satisfaction', { 'GET /api/v1/analyses/satisfaction': () => json({ by: 'product', groups: [] }) });
    expect(await screen.findByTestId('analysis-empty')).toHaveTextContent('No data yet');
  });

  it('offers to try again when an analysis fails', async () => {
    renderAnalyses('complaints', { 'GET /api/v1/analyses/complaints': () => problem(500, 'Internal Server Error') });
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load this data.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('shows why the server refused a date range', async () => {
    renderAnalyses('complaints', {
      'GET /api/v1/analyses/complaints': () => problem(400, 'One or more validation errors occurred.', { errors: { to: ['Later than from.'] } }),
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Later than from.');
  });

  it('shows the most and least satisfied per product, and per region when asked', async () => {
    const { fetch } = renderAnalyses('satisfaction');
    const [row] = await screen.findAllByTestId('satisfaction-row');
    expect(row).toHaveTextContent('TEA-01');
    expect(row).toHaveTextContent('8 at 2.25');
    expect(row).toHaveTextContent('Region East: 62.5% vs 12.5%');

    await userEvent.selectOptions(screen.getByTestId('satisfaction-by'), 'region');

    await waitFor(() => expect(query(fetch, 'GET /api/v1/analyses/satisfaction').at(-1)).toEqual({ by: 'region' }));
  });

  it('counts complaints by type and by rep, and how long they take to resolve', async () => {
    renderAnalyses('complaints');
    expect(await screen.findByTestId('complaints-total')).toHaveTextContent('12');
    expect(screen.getAllByTestId('complaint-row')[0]).toHaveTextContent('delivery8126.5 h20 h');
    expect(screen.getByTestId('complaints-monthly')).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByTestId('complaints-by'), 'rep');

    expect(screen.getAllByTestId('complaint-row')[0]).toHaveTextContent('mia@shop.test1212——');
  });

  it('lists over-contacted customers with their contacts by channel', async () => {
    const { fetch } = renderAnalyses('contacts');
    expect(await screen.findByTestId('over-contacted-total')).toHaveTextContent(
      '1 customer contacted at least 4 times in the last 30 days.',
    );
    expect(screen.getByTestId('contacted-row')).toHaveTextContent('email 4 · phone 2');
    expect(query(fetch, 'GET /api/v1/analyses/contacts/over-contacted')[0]).toEqual({
      days: '30',
      threshold: '4',
      limit: '50',
      offset: '0',
    });
  });
});
