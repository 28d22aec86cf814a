import { describe, expect, it } from 'vitest';
import { SEGMENTS, toSegmentRows } from './segments';

describe('toSegmentRows', () => {
  it('lists all segments in display order with zero for missing ones', () => {
    const rows = toSegmentRows([
      { segment: 'Lost', customers: 4 },
      { segment: 'Champions', customers: 7 },
      { segment: 'SomethingNew', customers: 1 },
    ]);
    expect(rows.map((row) => row.segment)).toEqual([...SEGMENTS]);
    expect(rows.find((row) => row.segment === 'Champions')?.customers).toBe(7);
    expect(rows.find((row) => row.segment === 'Lost')?.customers).toBe(4);
    expect(rows.filter((row) => row.customers === 0)).toHaveLength(10);
  });
});
