import { describe, expect, it } from 'vitest';
import { missingRequired, previewOf, withColumn } from './mapping';

const fields = [
  { key: 'orderId', required: true },
  { key: 'customerId', required: true },
  { key: 'email', required: false },
];

describe('withColumn', () => {
  it('maps a field to a column', () => {
    expect(withColumn({ orderId: 0 }, 'customerId', 1)).toEqual({ orderId: 0, customerId: 1 });
  });

  it('takes the column away from the field that had it, so a column fills one field', () => {
    expect(withColumn({ orderId: 0, customerId: 1 }, 'email', 1)).toEqual({ orderId: 0, email: 1 });
  });

  it('unmaps a field', () => {
    expect(withColumn({ orderId: 0, email: 2 }, 'email', undefined)).toEqual({ orderId: 0 });
  });
});

describe('missingRequired', () => {
  it('lists the required fields no column fills', () => {
    expect(missingRequired(fields, { orderId: 0, email: 2 })).toEqual(['customerId']);
    expect(missingRequired(fields, { orderId: 0, customerId: 3 })).toEqual([]);
  });

  it('counts column 0 as mapped', () => {
    expect(missingRequired(fields, { orderId: 1, customerId: 0 })).toEqual([]);
  });
});

describe('previewOf', () => {
  it("shows the first row's value in the mapped column", () => {
    expect(previewOf({ email: 2 }, 'email', ['o-1', 'c-1', 'ann@example.com'])).toBe('ann@example.com');
    expect(previewOf({}, 'email', ['o-1'])).toBeUndefined();
  });
});
