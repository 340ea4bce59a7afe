import { describe, expect, it } from 'vitest';
import { choosePod, pickByWeight } from './pick';

describe('pickByWeight', () => {
  const targets = [
    { name: 'a', percent: 70 },
    { name: 'tagged', percent: 0 },
    { name: 'b', percent: 30 },
  ];
  it.each([
    [0, 'a'],
    [0.699, 'a'],
    [0.7, 'b'],
    [0.999, 'b'],
  ])('r=%s picks %s', (r, want) => {
    expect(pickByWeight(targets, r)?.name).toBe(want);
  });
  it('splits traffic by percent', () => {
    let a = 0;
    for (let i = 0; i < 10_000; i++) if (pickByWeight(targets, Math.random())?.name === 'a') a++;
    expect(a / 10_000).toBeGreaterThan(0.67);
    expect(a / 10_000).toBeLessThan(0.73);
  });
  it('has nothing to pick when every target is at 0%', () => {
    expect(pickByWeight([{ percent: 0 }], 0.5)).toBeUndefined();
  });
});

describe('choosePod', () => {
  const rr = () => ({ next: 0 });
  it('CC=0: the less busy of two random pods', () => {
    const pods = [{ inFlight: 5 }, { inFlight: 1 }];
    expect(choosePod(pods, 0, () => 0, rr())).toBe(1);
    expect(choosePod([{ inFlight: 9 }], 0, Math.random, rr())).toBe(0);
  });
  it('CC≤3: the first pod with a free slot', () => {
    expect(choosePod([{ inFlight: 1 }, { inFlight: 0 }, { inFlight: 0 }], 1, Math.random, rr())).toBe(1);
    expect(choosePod([{ inFlight: 1 }, { inFlight: 1 }], 1, Math.random, rr())).toBe(-1);
  });
  it('CC>3: round-robin over pods with a free slot', () => {
    const state = rr();
    const pods = [{ inFlight: 0 }, { inFlight: 10 }, { inFlight: 0 }];
    expect([0, 1, 2].map(() => choosePod(pods, 10, Math.random, state))).toEqual([0, 2, 0]);
  });
});
