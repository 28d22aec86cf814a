import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithQueryClient } from '@/testing/render';
import { antiforgery, bodiesSentTo, json, problem, requestsTo, stubApi } from '@/testing/fetch';
import { defaultGrid, gridToRules } from '../segment-grid';
import type { AnalysisSettingsView, ModelFit } from '../types';
import { AnalysisSettingsPage } from './analysis-settings-page';

const view: AnalysisSettingsView = {
  settings: {
    rfm: { levels: 5, rules: gridToRules(defaultGrid(5)), names: { Champions: 'Champions', Loyal: 'Regulars' } },
    abc: { a: 0.8, b: 0.15 },
    annualDiscountRate: 0.1,
    churnRiskThreshold: 0.6,
    probabilityAliveLine: 0.3,
    fitPeriod: 'Weeks',
  },
  model: {
    version: 7,
    computedAt: '2025-06-01T10:00:00Z',
    sampleSize: 2357,
    thresholds: { recencyDays: [12, 40, 95, 210], frequency: [1, 2, 3, 6], monetary: [20, 55, 130, 400], levels: 5 },
    abc: { aMinimumRevenue: 520, bMinimumRevenue: 75 },
    bgNbd: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
    gammaGamma: { p: 6.25, q: 3.74, v: 15.44 },
  },
};

const fits: ModelFit[] = [
  {
    model: 'bgnbd',
    parameters: { a: 0.793, b: 2.426, r: 0.243, alpha: 4.414 },
    logLikelihood: -9582.43,
    sampleSize: 2357,
    iterations: 31,
    seconds: 0.12,
    fittedAt: '2025-06-01T10:00:00Z',
  },
  {
    model: 'gammagamma',
    parameters: { p: 6.25, q: 3.74, v: 15.44 },
    logLikelihood: -4000.5,
    sampleSize: 946,
    iterations: 20,
    seconds: 0.05,
    fittedAt: '2025-06-01T10:00:01Z',
  },
];

function stubServer(save: (request: Request) => Response | Promise<Response> = async (request) => json({ ...view, settings: await request.json() })) {
  return stubApi({
    'GET /api/v1/settings/analysis': () => json(view),
    'GET /api/v1/settings/analysis/fits': () => json(fits),
    'GET /api/v1/auth/antiforgery': antiforgery(),
    'PUT /api/v1/settings/analysis': save,
    'POST /api/v1/settings/analysis/refit': () => json({ ...view, model: { ...view.model, version: 8 } }),
  });
}

const cell = (r: number, fm: number) => screen.getByTestId(`grid-cell-${r}-${fm}`);

async function renderPage(canEdit = true) {
  renderWithQueryClient(<AnalysisSettingsPage canEdit={canEdit} />);
  await screen.findByRole('table', { name: /Segment grid/ });
}

describe('AnalysisSettingsPage', () => {
  it('draws the grid from the rules, best recency on top, with the tenant names', async () => {
    stubServer();
    await renderPage();
    expect(cell(5, 5)).toHaveTextContent('Champions');
    expect(cell(4, 5)).toHaveTextContent('Regulars');
    expect(cell(1, 1)).toHaveTextContent('Lost');
    const rows = within(screen.getByRole('table', { name: /Segment grid/ })).getAllByRole('row');
    expect(rows[1]).toHaveTextContent(/^R 5/);
  });

  it('turns a picked cell into rules in the PUT body', async () => {
    const fetch = stubServer();
    await renderPage();

    await userEvent.click(within(cell(1, 1)).getByRole('button'));
    await userEvent.click(within(screen.getByTestId('segment-picker')).getByRole('button', { name: 'Hibernating' }));
    expect(cell(1, 1)).toHaveTextContent('Hibernating');
    await userEvent.click(screen.getByTestId('save-settings'));

    expect(await screen.findByTestId('settings-saved')).toBeInTheDocument();
    const [body] = (await bodiesSentTo(fetch, 'PUT /api/v1/settings/analysis')) as [typeof view.settings];
    expect(body.rfm?.rules).toEqual([
      { segment: 'Hibernating', rMin: 1, rMax: 2, fmMin: 1, fmMax: 2 },
      { segment: 'AtRisk', rMin: 1, rMax: 2, fmMin: 3, fmMax: 4 },
      { segment: 'CannotLoseThem', rMin: 1, rMax: 2, fmMin: 5, fmMax: 5 },
      { segment: 'AboutToSleep', rMin: 3, rMax: 3, fmMin: 1, fmMax: 2 },
      { segment: 'NeedAttention', rMin: 3, rMax: 3, fmMin: 3, fmMax: 3 },
      { segment: 'Loyal', rMin: 3, rMax: 4, fmMin: 4, fmMax: 5 },
      { segment: 'Promising', rMin: 4, rMax: 4, fmMin: 1, fmMax: 1 },
      { segment: 'PotentialLoyalist', rMin: 4, rMax: 5, fmMin: 2, fmMax: 3 },
      { segment: 'New', rMin: 5, rMax: 5, fmMin: 1, fmMax: 1 },
      { segment: 'Champions', rMin: 5, rMax: 5, fmMin: 4, fmMax: 5 },
    ]);
    expect(body).toMatchObject({ abc: { a: 0.8, b: 0.15 }, annualDiscountRate: 0.1, fitPeriod: 'Weeks' });
    expect(requestsTo(fetch, 'PUT /api/v1/settings/analysis')[0]!.headers.get('X-XSRF-TOKEN')).toBe('xsrf-1');
  });

  it('scales the grid with the levels and resets it to the default', async () => {
    const fetch = stubServer();
    await renderPage();

    await userEvent.click(within(cell(5, 5)).getByRole('button'));
    await userEvent.click(within(screen.getByTestId('segment-picker')).getByRole('button', { name: 'Lost' }));
    await userEvent.selectOptions(screen.getByTestId('levels'), '3');
    expect(cell(3, 3)).toHaveTextContent('Lost');
    expect(screen.queryByTestId('grid-cell-4-4')).not.toBeInTheDocument();

    await userEvent.click(screen.getByTestId('reset-grid'));
    expect(cell(3, 3)).toHaveTextContent('Champions');
    await userEvent.click(screen.getByTestId('save-settings'));
    await screen.findByTestId('settings-saved');
    const [body] = (await bodiesSentTo(fetch, 'PUT /api/v1/settings/analysis')) as [typeof view.settings];
    expect(body.rfm).toMatchObject({ levels: 3, rules: gridToRules(defaultGrid(3)) });
  });

  it('shows the server validation problems beside their fields', async () => {
    stubServer(() =>
      problem(400, 'One or more validation errors occurred.', {
        errors: {
          rfm: ['R 1, FM 1 is in no segment', 'names.Loyal: is longer than 60 characters'],
          abc: ['The A and B shares together must be below 1, leaving a share for C.'],
          probabilityAliveLine: ['between 0 and 1, exclusive.'],
        },
      }),
    );
    await renderPage();

    await userEvent.clear(screen.getByTestId('abc-a'));
    await userEvent.type(screen.getByTestId('abc-a'), '0.9');
    await userEvent.click(screen.getByTestId('save-settings'));

    expect(await screen.findByTestId('grid-errors')).toHaveTextContent('R 1, FM 1 is in no segment');
    expect(screen.getByTestId('abc-a')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('abc-a').closest('label')).toHaveTextContent('must be below 1');
    expect(screen.getByTestId('segment-name-Loyal').closest('label')).toHaveTextContent('longer than 60 characters');
    expect(screen.getByTestId('probability-alive-line')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Please correct the marked fields.');
  });

  it('shows the current model and the fit history', async () => {
    stubServer();
    await renderPage();

    const model = screen.getByTestId('model-summary');
    expect(screen.getByTestId('model-version')).toHaveTextContent('7');
    expect(screen.getByTestId('model-sample-size')).toHaveTextContent('2,357');
    expect(screen.getByTestId('model-abc')).toHaveTextContent('A from revenue 520.00, B from 75.00');
    expect(screen.getByTestId('model-bg-nbd')).toHaveTextContent('alpha 4.414');
    expect(screen.getByTestId('model-gamma-gamma')).toHaveTextContent('v 15.44');
    expect(within(model).getByTestId('cut-points-recencyDays')).toHaveTextContent('Recency (days)12409521');

    const rows = await screen.findAllByTestId('fit-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('BG/NBDr 0.243alpha 4.414a 0.793b 2.426');
    expect(rows[0]).toHaveTextContent('-9,582.43');
    expect(rows[1]).toHaveTextContent('Gamma-Gamma');
  });

  it('refits on demand and fetches the history again', async () => {
    const fetch = stubServer();
    await renderPage();
    await screen.findAllByTestId('fit-row');

    await userEvent.click(screen.getByTestId('refit'));

    await waitFor(() => expect(screen.getByTestId('model-version')).toHaveTextContent('8'));
    expect(requestsTo(fetch, 'POST /api/v1/settings/analysis/refit')).toHaveLength(1);
    await waitFor(() => expect(requestsTo(fetch, 'GET /api/v1/settings/analysis/fits')).toHaveLength(2));
  });

  it('lets an account manager look without changing anything', async () => {
    stubServer();
    await renderPage(false);

    expect(within(cell(5, 5)).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByTestId('levels')).toBeDisabled();
    expect(screen.getByTestId('abc-a')).toHaveAttribute('readonly');
    expect(screen.queryByTestId('save-settings')).not.toBeInTheDocument();
    expect(screen.queryByTestId('reset-grid')).not.toBeInTheDocument();
    expect(screen.queryByTestId('refit')).not.toBeInTheDocument();
    expect(screen.getByTestId('read-only-notice')).toBeInTheDocument();
  });
});
