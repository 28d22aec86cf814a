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
