import { describe, expect, it } from 'vitest';
import type { SegmentChange, SegmentChangeFeed } from '../types';
import { FEED_LIMIT } from './get-segment-changes';
import { withChange, withCounts } from './live-cache';

const change = (sequence: number): SegmentChange => ({
  customerId: `c${sequence}`,
  customerName: null,
  from: 'New',
  to: 'Loyal',
  at: '2025-01-01T00:00:00Z',
  sequence,
});

describe('withCounts', () => {
  it('replaces older counts and keeps newer ones', () => {
    const current = { sequence: 5, counts: [{ segment: 'New', customers: 1 }] };
    const next = { sequence: 6, counts: [{ segment: 'New', customers: 2 }] };
    expect(withCounts(current, next)).toBe(next);
    expect(withCounts(next, current)).toBe(next);
  });
});

describe('withChange', () => {
  it('prepends a newer change and moves the feed sequence on', () => {
    const feed: SegmentChangeFeed = { sequence: 2, items: [change(2), change(1)] };
    expect(withChange(feed, change(3))).toEqual({ sequence: 3, items: [change(3), change(2), change(1)] });
  });

  it('skips a change the feed already holds', () => {
    const feed: SegmentChangeFeed = { sequence: 4, items: [change(2)] };
    expect(withChange(feed, change(3))).toBe(feed);
  });

  it('caps the feed', () => {
    const items = Array.from({ length: FEED_LIMIT }, (_, i) => change(FEED_LIMIT - i));
    const next = withChange({ sequence: FEED_LIMIT, items }, change(FEED_LIMIT + 1));
    expect(next?.items).toHaveLength(FEED_LIMIT);
    expect(next?.items[0]?.sequence).toBe(FEED_LIMIT + 1);
    expect(next?.items.at(-1)?.sequence).toBe(2);
  });
});
