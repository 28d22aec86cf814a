import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/lib/query-client';
import { json, stubApi } from '@/testing/fetch';
import { latestHub } from '@/testing/fake-hub';
import type { SegmentChange, SegmentChangeFeed, SegmentCounts } from '../types';
import { Dashboard } from './dashboard';

vi.mock('@/lib/live/connection', () => import('@/testing/fake-hub'));

const change = (sequence: number, customerName: string): SegmentChange => ({
  customerId: `c-${sequence}`,
  customerName,
  from: 'New',
  to: 'Champions',
  at: '2025-06-01T10:00:00Z',
  sequence,
});

const champions = (sequence: number, customers: number): SegmentCounts => ({
  sequence,
  counts: [{ segment: 'Champions', customers }],
});

let server: { counts: SegmentCounts; feed: SegmentChangeFeed };

beforeEach(() => {
  server = { counts: champions(10, 5), feed: { sequence: 10, items: [change(10, 'Ada')] } };
  stubApi({
    'GET /api/v1/segments/counts': () => json(server.counts),
    'GET /api/v1/segments/changes': () => json(server.feed),
  });
});

async function renderLiveDashboard() {
  render(
    <QueryClientProvider client={createQueryClient()}>
      <Dashboard />
    </QueryClientProvider>,
  );
  await waitFor(() => expect(screen.getByTestId('live-status')).toHaveAttribute('data-status', 'live'));
  await waitFor(() => expect(screen.getByTestId('segment-count-Champions')).toHaveTextContent('5'));
  return latestHub();
}

const count = (segment: string) => screen.getByTestId(`segment-count-${segment}`);
const feedItems = () => within(screen.getByTestId('change-feed')).getAllByTestId('change-item');

describe('Dashboard', () => {
  it('shows every segment, the chart and the feed', async () => {
    await renderLiveDashboard();
    expect(screen.getByTestId('segment-chart')).toBeInTheDocument();
    expect(count('Lost')).toHaveTextContent('0');
    expect(feedItems()).toHaveLength(1);
    expect(feedItems()[0]).toHaveTextContent('Ada');
    expect(screen.getByTestId('live-status')).toHaveTextContent('Live');
  });

  it('applies messages in order and ignores duplicates', async () => {
    const hub = await renderLiveDashboard();

    hub.emit('segmentCounts', champions(11, 6));
    hub.emit('segmentCounts', champions(11, 99));
    hub.emit('segmentChanged', change(12, 'Grace'));

    await waitFor(() => expect(feedItems()).toHaveLength(2));
    expect(feedItems()[0]).toHaveTextContent('Grace');
    expect(count('Champions')).toHaveTextContent('6');
  });

  it('refetches on a gap and goes on from the new snapshot', async () => {
    const hub = await renderLiveDashboard();
    server = { counts: champions(20, 42), feed: { sequence: 20, items: [change(20, 'Linus')] } };

    hub.emit('segmentCounts', champions(15, 1));

    await waitFor(() => expect(count('Champions')).toHaveTextContent('42'));
    hub.emit('segmentChanged', change(21, 'Barbara'));
    await waitFor(() => expect(feedItems()[0]).toHaveTextContent('Barbara'));
  });

  it('shows reconnection and refetches once reconnected', async () => {
    const hub = await renderLiveDashboard();

    hub.reconnecting();
    expect(screen.getByTestId('live-status')).toHaveAttribute('data-status', 'reconnecting');

    server = { ...server, counts: champions(30, 7) };
    hub.reconnected();
    expect(screen.getByTestId('live-status')).toHaveAttribute('data-status', 'live');
    await waitFor(() => expect(count('Champions')).toHaveTextContent('7'));
  });
});
