import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createQueryClient } from '@/lib/query-client';
import { latestHub } from '@/testing/fake-hub';
import { antiforgery, bodiesSentTo, json, requestsTo, stubApi } from '@/testing/fetch';
import type { ImportDetail, ImportProgress } from '../types';
import { ImportsPage } from './imports-page';

vi.mock('@/lib/live/connection', () => import('@/testing/fake-hub'));

const progress = (more: Partial<ImportProgress> = {}): ImportProgress => ({
  importId: 'i1',
  state: 'uploaded',
  rowsRead: 0,
  badRows: 0,
  bytesRead: 0,
  sizeBytes: 1_000,
  percent: 0,
  rowsPerSecond: 0,
  secondsLeft: null,
  orders: 0,
  newOrders: 0,
  customers: 0,
  error: null,
  startedAt: null,
  finishedAt: null,
  stalled: false,
  ...more,
});

const uploaded: ImportDetail = {
  id: 'i1',
  kind: 'orders',
  fileName: 'history.csv',
  state: 'uploaded',
  sizeBytes: 1_000,
  encoding: 'gb18030',
  delimiter: ';',
  header: ['订单号', '客户', '日期', '金额', '邮箱'],
  sample: [['CN-1', 'c-1', '2025-03-05', '128,50', 'zhang@example.com']],
  fields: [
    { key: 'orderId', required: true },
    { key: 'customerId', required: true },
    { key: 'date', required: true },
    { key: 'total', required: true },
    { key: 'email', required: false },
  ],
  mapping: { orderId: 0, date: 2, total: 3, email: 4 },
  progress: progress(),
  createdAt: '2026-11-23T10:00:00Z',
};

function renderPage(history: ImportDetail[] = []) {
  let current = history[0] ?? uploaded;
  const fetchMock = stubApi({
    'GET /api/v1/auth/antiforgery': antiforgery(),
    'GET /api/v1/imports': () => json(history),
    'POST /api/v1/imports': () => json(uploaded, 201),
    'GET /api/v1/imports/i1': () => json(current),
    'POST /api/v1/imports/i1/start': () => {
      current = { ...uploaded, state: 'running', progress: progress({ state: 'running', startedAt: '2026-11-23T10:01:00+00:00' }) };
      return json(current, 202);
    },
  });
  const router = createMemoryRouter([{ path: '*', element: <ImportsPage /> }]);
  render(
    <QueryClientProvider client={createQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return fetchMock;
}

const mappingRow = (field: string) => screen.getAllByTestId('mapping-row').find((row) => row.dataset.field === field)!;

describe('ImportsPage', () => {
  it('uploads the file, lets the owner complete the proposed mapping and starts with it', { timeout: 30_000 }, async () => {
    const fetchMock = renderPage();
    await userEvent.upload(screen.getByTestId('import-file'), new File(['订单号;客户\n'], 'history.csv', { type: 'text/csv' }));
    await userEvent.click(screen.getByTestId('import-upload'));

    expect(await screen.findByTestId('import-mapping')).toHaveTextContent('gb18030');
    expect(requestsTo(fetchMock, 'POST /api/v1/imports')[0]?.url).toContain('kind=orders');
    expect(within(mappingRow('email')).getByText('zhang@example.com')).toBeInTheDocument();
    expect(screen.getByTestId('mapping-missing')).toHaveTextContent('Customer id');
    expect(screen.getByTestId('import-start')).toBeDisabled();

    await userEvent.selectOptions(within(mappingRow('customerId')).getByRole('combobox'), '1');
    expect(screen.queryByTestId('mapping-missing')).not.toBeInTheDocument();
    await userEvent.click(screen.getByTestId('import-start'));

    expect(await screen.findByTestId('import-progress')).toHaveAttribute('data-state', 'running');
    expect(await bodiesSentTo(fetchMock, 'POST /api/v1/imports/i1/start')).toEqual([
      { mapping: { orderId: 0, customerId: 1, date: 2, total: 3, email: 4 }, currency: 'EUR' },
    ]);
  });

  it('moves the progress bar with each pushed message and ends in a summary with the bad rows', { timeout: 30_000 }, async () => {
    renderPage();
    await userEvent.upload(screen.getByTestId('import-file'), new File(['x'], 'history.csv'));
    await userEvent.click(screen.getByTestId('import-upload'));
    await screen.findByTestId('import-mapping');
    await userEvent.selectOptions(within(mappingRow('customerId')).getByRole('combobox'), '1');
    await userEvent.click(screen.getByTestId('import-start'));
    await screen.findByTestId('import-progress');

    const startedAt = '2026-11-23T10:01:00+00:00';
    latestHub().emit('importProgress', progress({ state: 'running', startedAt, rowsRead: 500_000, badRows: 2, percent: 50, rowsPerSecond: 100_000, secondsLeft: 4.5 }));
    await waitFor(() => expect(screen.getByRole('progressbar')).toHaveProperty('value', 50));
    expect(screen.getByTestId('import-counters')).toHaveTextContent('500,000 rows');
    expect(screen.getByTestId('import-counters')).toHaveTextContent('About 5 s left.');

    latestHub().emit('importProgress', progress({ state: 'completed', startedAt, rowsRead: 1_000_002, badRows: 2, percent: 100, orders: 1_000_000, newOrders: 999_000, customers: 200_000 }));
    await waitFor(() => expect(screen.getByRole('progressbar')).toHaveProperty('value', 100));
    expect(screen.getByTestId('import-summary')).toHaveTextContent('1,000,000 orders in the file, 999,000 new, for 200,000 customers');
    expect(screen.getByTestId('import-bad-rows')).toHaveAttribute('href', '/api/v1/imports/i1/bad-rows');
  });

  it('marks an import whose server stopped and starts it again with its mapping', { timeout: 30_000 }, async () => {
    const startedAt = '2026-11-23T10:01:00+00:00';
    const stalled = { ...uploaded, state: 'running', progress: progress({ state: 'running', startedAt, rowsRead: 300, percent: 30, secondsLeft: 2, stalled: true }) };
    const fetchMock = renderPage([stalled]);

    const row = await screen.findByTestId('import-row');
    expect(row).toHaveTextContent('Stopped: start it again');
    await userEvent.click(within(row).getByRole('button', { name: 'history.csv' }));

    expect(await screen.findByTestId('import-stalled')).toHaveTextContent('the server running it stopped');
    expect(screen.getByTestId('import-counters')).not.toHaveTextContent('left');
    await userEvent.selectOptions(within(mappingRow('customerId')).getByRole('combobox'), '1');
    await userEvent.click(screen.getByTestId('import-start'));

    expect(await bodiesSentTo(fetchMock, 'POST /api/v1/imports/i1/start')).toEqual([
      { mapping: { orderId: 0, customerId: 1, date: 2, total: 3, email: 4 }, currency: 'EUR' },
    ]);
    await waitFor(() => expect(screen.queryByTestId('import-stalled')).not.toBeInTheDocument());
  });
});
