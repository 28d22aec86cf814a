import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { HTMLAttributes } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { json, problem, requestsTo, stubApi } from '@/testing/fetch';
import * as fixtures from '../testing/fixtures';
import { AnalysesPage } from './analyses-page';

const charts = vi.hoisted(() => new Map<string, unknown>());

// ECharts needs layout and a canvas; the options it would draw are kept to be read, and the builders have their own tests.
vi.mock('./analysis-chart', () => ({
  AnalysisChart: ({ option, ...divProps }: { option: unknown } & HTMLAttributes<HTMLDivElement> & { 'data-testid': string }) => {
    charts.set(divProps['data-testid'], option);
    return <div {...divProps} />;
  },
}));

const ANSWERS = {
  'GET /api/v1/analyses/rfm/grid': () => json(fixtures.rfmGrid),
  'GET /api/v1/analyses/abc/pareto': () => json(fixtures.abcPareto),
  'GET /api/v1/analyses/segments/movement': () => json(fixtures.segmentMovement),
  'GET /api/v1/analyses/cohorts': () => json(fixtures.cohortRetention),
  'GET /api/v1/analyses/categories/by-region': () => json(fixtures.categorySales),
  'GET /api/v1/analyses/cross-sell': () => json(fixtures.crossSell),
  'GET /api/v1/analyses/profitability/summary': () => json(fixtures.profitabilitySummary),
  'GET /api/v1/analyses/profitability': (request: Request) =>
    json(fixtures.profitabilityPage(new URL(request.url).searchParams.get('order') === 'desc' ? 'desc' : 'asc')),
  'GET /api/v1/analyses/top-spenders': () => json(fixtures.topSpenders),
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
  it('opens on the RFM grid and fetches only the analysis shown', async () => {
    const { fetch, router } = renderAnalyses();
    expect(await screen.findByTestId('rfm-customers')).toHaveTextContent('560');
    expect(screen.getByRole('tab', { name: 'RFM grid' })).toHaveAttribute('aria-selected', 'true');
    expect(requestsTo(fetch, 'GET /api/v1/analyses/abc/pareto')).toHaveLength(0);

    await userEvent.click(screen.getByRole('tab', { name: 'ABC Pareto' }));

    expect(await screen.findByTestId('abc-class-A')).toHaveTextContent('812');
    expect(router.state.location.search).toBe('?view=abc');
  });

  it('draws the RFM heatmap with each cell in its place', async () => {
    renderAnalyses('rfm');
    await screen.findByTestId('rfm-heatmap');
    const option = charts.get('rfm-heatmap') as { series: { data: number[][] }[] };
    expect(option.series[0]!.data).toEqual([
      [4, 1, 376],
      [0, 4, 184],
    ]);
  });

  it('says so when an analysis has no data yet', async () => {
    renderAnalyses('rfm', { 'GET /api/v1/analyses/rfm/grid': () => json({ customers: 0, cells: [] }) });
    expect(await screen.findByTestId('analysis-empty')).toHaveTextContent('No data yet');
    expect(screen.queryByTestId('rfm-heatmap')).not.toBeInTheDocument();
  });

  it('offers to try again when an analysis fails', async () => {
    renderAnalyses('abc', { 'GET /api/v1/analyses/abc/pareto': () => problem(500, 'Internal Server Error') });
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load this data.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('shows the segment movement between two dates as a Sankey and a matrix', async () => {
    const { fetch } = renderAnalyses('movement');
    const loyal = await screen.findByTestId('movement-row-Loyal');
    expect(within(loyal).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Loyal', '40', '·', '7']);
    expect(screen.getByTestId('movement-sankey')).toBeInTheDocument();

    // Date inputs take a whole value at once, as a date picker sets it.
    fireEvent.change(screen.getByTestId('movement-from'), { target: { value: '2026-01-15' } });

    await waitFor(() => expect(query(fetch, 'GET /api/v1/analyses/segments/movement').at(-1)).toMatchObject({ from: '2026-01-15' }));
  });

  it('shows why the server refused a date range', async () => {
    renderAnalyses('movement', {
      'GET /api/v1/analyses/segments/movement': () =>
        problem(400, 'One or more validation errors occurred.', { errors: { to: ['Must be after from.'] } }),
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Must be after from.');
  });

  it('shows monthly cohort retention for the months chosen', async () => {
    const { fetch } = renderAnalyses('cohorts');
    expect(await screen.findByTestId('cohort-customers')).toHaveTextContent('261');
    expect(query(fetch, 'GET /api/v1/analyses/cohorts')[0]).toEqual({ months: '12' });

    await userEvent.selectOptions(screen.getByTestId('cohort-months'), '24');

    await waitFor(() => expect(query(fetch, 'GET /api/v1/analyses/cohorts').at(-1)).toEqual({ months: '24' }));
  });

  it('stacks category sales per month, for all regions or one', async () => {
    renderAnalyses('categories');
    const regions = await screen.findByTestId('categories-region');
    expect(within(regions).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'All regions',
      'East',
      'North',
      'Not reported',
    ]);
    const stacked = () => charts.get('category-bars') as { xAxis: { data: string[] }; series: { name: string; data: number[] }[] };
    expect(stacked().xAxis.data).toEqual(['2026-09', '2026-10', '2026-11']);
    expect(stacked().series.map((series) => [series.name, series.data])).toEqual([
      ['coffee', [0, 0, 120.5]],
      ['tea', [2434.14, 0, 0]],
    ]);

    await userEvent.selectOptions(regions, 'East');

    expect(stacked().series.map((series) => [series.name, series.data])).toEqual([['tea', [1934.14, 0, 0]]]);
  });

  it('lists category pairs with support, confidence and lift', async () => {
    renderAnalyses('cross-sell');
    const rows = await screen.findAllByTestId('cross-sell-row');
    expect(rows[0]).toHaveTextContent('tea + teaware');
    expect(rows[0]).toHaveTextContent('9.7%');
    expect(rows[0]).toHaveTextContent('1.4');
  });

  it('shows profit in sum, the server notes, and the most and least profitable customers', async () => {
    renderAnalyses('profitability');
    expect(await screen.findByTestId('profit-total')).toHaveTextContent('249,937.29');
    expect(screen.getByTestId('unprofitable')).toHaveTextContent('3');
    expect(screen.getByTestId('profitability-notes')).toHaveTextContent('Profit = revenue');
    expect(await screen.findByTestId('profit-row-desc')).toHaveTextContent('Ada Lee');
    expect(await screen.findByTestId('profit-row-asc')).toHaveTextContent('Gus Wang');
    expect(screen.getByRole('link', { name: 'Gus Wang' })).toHaveAttribute('href', '/customers/c-1000');
  });

  it('compares top spenders with the rest, trait by trait', async () => {
    renderAnalyses('top-spenders');
    expect(await screen.findByTestId('top-customers')).toHaveTextContent('203');
    const rows = screen.getAllByTestId('trait-row');
    expect(rows[0]).toHaveTextContent('RegionEast28.1%24.6%1.14');
    expect(rows[1]).toHaveTextContent('GenderNot reported10%0%—');
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
    const { fetch } = renderAnalyses('complaints');
    expect(await screen.findByTestId('complaints-total')).toHaveTextContent('12');
    expect(screen.getAllByTestId('complaint-row')[0]).toHaveTextContent('delivery8126.5 h20 h');
    expect(screen.getByTestId('complaints-monthly')).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByTestId('complaints-by'), 'rep');

    expect(screen.getAllByTestId('complaint-row')[0]).toHaveTextContent('mia@shop.test1212——');

    fireEvent.change(screen.getByTestId('complaints-from'), { target: { value: '2026-10-01' } });

    await waitFor(() => expect(query(fetch, 'GET /api/v1/analyses/complaints').at(-1)).toEqual({ from: '2026-10-01' }));
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
