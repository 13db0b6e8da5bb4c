import { describe, expect, it } from 'vitest';
import { wilsonLowerBound } from '../../../src/lib/feedback/wilson.ts';

describe('wilsonLowerBound', () => {
  it.each([
    [0, 0, 0],
    [0, 10, 0],
    [1, 1, 0.2065],
    [5, 10, 0.2366],
    [95, 100, 0.8882],
    [100, 100, 0.963],
  ])('%d of %d helpful: %d', (up, total, bound) => {
    expect(wilsonLowerBound(up, total)).toBeCloseTo(bound, 3);
  });

  it('ranks many good votes above one', () => {
    expect(wilsonLowerBound(95, 100)).toBeGreaterThan(wilsonLowerBound(1, 1));
    expect(wilsonLowerBound(1, 10)).toBeLessThan(wilsonLowerBound(1, 2));
  });
});
