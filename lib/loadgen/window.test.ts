import { describe, expect, it } from 'vitest';
import { windowShare } from './window';

describe('windowShare', () => {
  it.each([
    ['inside', 10, 20, 0, 100, 1],
    ['outside, after', 100, 120, 0, 100, 0],
    ['straddling the end', 90, 110, 0, 100, 0.5],
    ['straddling the start', -30, 10, 0, 100, 0.25],
    ['longer than the window', -50, 150, 0, 100, 0.5],
    ['instantaneous, inside', 50, 50, 0, 100, 1],
  ])('%s', (_, t0, t1, from, to, share) => {
    expect(windowShare(t0, t1, from, to)).toBeCloseTo(share);
  });
});
