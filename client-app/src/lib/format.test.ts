import { describe, expect, it } from 'vitest';
import { createFormat } from './format';

describe('bytes', () => {
  const { bytes } = createFormat('en');

  it('picks the largest decimal unit that keeps the number at 1 or more', () => {
    expect(bytes(512)).toBe('512 byte');
    expect(bytes(1_500)).toBe('1.5 kB');
    expect(bytes('73400320')).toBe('73.4 MB');
    expect(bytes(2_000_000_000_000)).toBe('2 TB');
  });

  it('reads zero as zero bytes', () => {
    expect(bytes(0)).toBe('0 byte');
  });
});

describe('amounts and shares', () => {
  const format = createFormat('en');

  it('writes money in its currency, or with two decimals when the currency is unknown', () => {
    expect(format.money(1234.5, 'EUR')).toBe('€1,234.50');
    expect(format.money('1234.5', null)).toBe('1,234.50');
  });

  it('writes shares as whole percentages and model outputs with up to two decimals', () => {
    expect(format.percent(0.426)).toBe('43%');
    expect(format.decimal(1.2345)).toBe('1.23');
  });
});

describe('day', () => {
  it('keeps a calendar day whatever the time zone', () => {
    expect(createFormat('en').day('2025-06-01')).toBe('Jun 1, 2025');
  });
});
