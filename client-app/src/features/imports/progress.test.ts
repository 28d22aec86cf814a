import { describe, expect, it } from 'vitest';
import { isNewer, progressView } from './progress';
import type { ImportProgress } from './types';

const progress = (more: Partial<ImportProgress> = {}): ImportProgress => ({
  importId: 'i1',
  state: 'running',
  rowsRead: 250_000,
  badRows: 3,
  bytesRead: 25_000_000,
  sizeBytes: 100_000_000,
  percent: 25,
  rowsPerSecond: 50_000,
  secondsLeft: 14.2,
  orders: 0,
  newOrders: 0,
  customers: 0,
  error: null,
  startedAt: '2026-11-23T10:00:00+00:00',
  finishedAt: null,
  stalled: false,
  ...more,
});

describe('progressView', () => {
  it('shows a running import with its pace and the whole seconds left', () => {
    expect(progressView(progress())).toEqual({
      percent: 25,
      rowsRead: 250_000,
      rowsPerSecond: 50_000,
      badRows: 3,
      secondsLeft: 15,
      finished: false,
      failed: false,
      stalled: false,
    });
  });

  it('reads 64-bit counts sent as strings', () => {
    expect(progressView(progress({ rowsRead: '1000000', badRows: '0' }))).toMatchObject({ rowsRead: 1_000_000, badRows: 0 });
  });

  it('ends full, without time left, when completed', () => {
    const view = progressView(progress({ state: 'completed', percent: 99.9, secondsLeft: null }));
    expect(view).toMatchObject({ percent: 100, finished: true, secondsLeft: undefined });
  });

  it('says when a running import stopped, and promises no time left', () => {
    expect(progressView(progress({ stalled: true }))).toMatchObject({ stalled: true, secondsLeft: undefined, failed: false });
  });

  it('says when the import failed', () => {
    expect(progressView(progress({ state: 'failed', secondsLeft: 3 }))).toMatchObject({ failed: true, secondsLeft: undefined });
  });
});

describe('isNewer', () => {
  it('takes more rows of the same run and never goes back', () => {
    expect(isNewer(progress(), progress({ rowsRead: 300_000 }))).toBe(true);
    expect(isNewer(progress(), progress({ rowsRead: 100_000 }))).toBe(false);
  });

  it('keeps a final state against a late running message', () => {
    expect(isNewer(progress({ state: 'completed' }), progress({ rowsRead: 999_999 }))).toBe(false);
    expect(isNewer(progress(), progress({ state: 'completed' }))).toBe(true);
  });

  it('takes a new run of a failed import', () => {
    const failed = progress({ state: 'failed' });
    expect(isNewer(failed, progress({ startedAt: '2026-11-23T11:00:00+00:00', rowsRead: 10 }))).toBe(true);
  });
});
