import { describe, expect, it } from 'vitest';
import { categorySeries, monthsBetween, regionsOf } from './category-series';
import { isoDay, isoMonth } from './dates';
import { movementMatrix } from './movement-matrix';
import { categorySales, segmentMovement } from './testing/fixtures';

describe('movementMatrix', () => {
  it('lists the segments of each side, the busiest first, with zero where nobody moved', () => {
    const matrix = movementMatrix(segmentMovement.flows);
    expect(matrix.from).toEqual(['Loyal', 'Prospect']);
    expect(matrix.to).toEqual(['Loyal', 'New', 'AtRisk']);
    expect(matrix.customers('Loyal', 'AtRisk')).toBe(7);
    expect(matrix.customers('AtRisk', 'Loyal')).toBe(0);
  });
});

describe('category series', () => {
  it('spans every month of the range, across a year end', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('lists the named regions, then the unreported', () => {
    expect(regionsOf(categorySales)).toEqual(['East', 'North', null]);
  });

  it('sums a measure per category and month over the regions chosen', () => {
    expect(categorySeries(categorySales, { kind: 'all' }, 'orders').series).toEqual([
      { name: 'coffee', values: [0, 0, 5] },
      { name: 'tea', values: [41, 0, 0] },
    ]);
    expect(categorySeries(categorySales, { kind: 'region', region: null }, 'revenue').series).toEqual([
      { name: 'coffee', values: [0, 0, 120.5] },
    ]);
  });
});

describe('dates', () => {
  const now = new Date('2026-03-01T05:00:00Z');

  it('count back in UTC days and months', () => {
    expect(isoDay(now)).toBe('2026-03-01');
    expect(isoDay(now, 1)).toBe('2026-02-28');
    expect(isoMonth(now, 11)).toBe('2025-04');
  });
});
