import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distributeEvenly, evenlyDistribute, proportionalShare, removeWeight, setWeight } from './rebalance';

/** A valid split: n integers in 0..100 summing to 100, built from n-1 cut points. */
const split = (min = 1, max = 8) =>
  fc.integer({ min, max }).chain((n) =>
    fc.array(fc.integer({ min: 0, max: 100 }), { minLength: n - 1, maxLength: n - 1 }).map((cuts) => {
      const points = [0, ...cuts.sort((a, b) => a - b), 100];
      return points.slice(1).map((p, i) => p - points[i]);
    }),
  );

const scenario = split().chain((weights) =>
  fc.record({
    weights: fc.constant(weights),
    locked: fc.array(fc.boolean(), { minLength: weights.length, maxLength: weights.length }),
    index: fc.integer({ min: 0, max: weights.length - 1 }),
    value: fc.oneof(fc.integer({ min: -50, max: 150 }), fc.double({ min: -10, max: 110, noNaN: true })),
  }),
);

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const valid = (xs: number[]) => sum(xs) === 100 && xs.every((x) => Number.isInteger(x) && x >= 0 && x <= 100);
const RUNS = { numRuns: 5000 };

describe('setWeight properties', () => {
  it('keeps integers in 0..100 summing to exactly 100', () => {
    fc.assert(fc.property(scenario, ({ weights, locked, index, value }) => valid(setWeight(weights, locked, index, value))), RUNS);
  });

  it('never changes a locked row other than the moved one', () => {
    fc.assert(
      fc.property(scenario, ({ weights, locked, index, value }) => {
        const next = setWeight(weights, locked, index, value);
        return weights.every((w, i) => i === index || !locked[i] || next[i] === w);
      }),
      RUNS,
    );
  });

  it('gives the moved row the value asked for whenever the unlocked rows can absorb it', () => {
    fc.assert(
      fc.property(scenario, ({ weights, locked, index, value }) => {
        const free = weights.some((_, i) => i !== index && !locked[i]);
        const room = 100 - sum(weights.filter((_, i) => i !== index && locked[i]));
        const want = Math.round(value);
        fc.pre(free && want >= 0 && want <= room);
        return setWeight(weights, locked, index, value)[index] === want;
      }),
      RUNS,
    );
  });

  it('moves every unlocked row the same way (no row grows while the moved row grows)', () => {
    fc.assert(
      fc.property(scenario, ({ weights, locked, index, value }) => {
        const next = setWeight(weights, locked, index, value);
        const delta = next[index] - weights[index];
        return weights.every((w, i) => i === index || locked[i] || (delta >= 0 ? next[i] <= w : next[i] >= w));
      }),
      RUNS,
    );
  });

  it('leaves the split as it is when every other row is locked', () => {
    fc.assert(
      fc.property(split(), fc.nat(), fc.integer({ min: -20, max: 120 }), (weights, k, value) => {
        const index = k % weights.length;
        const locked = weights.map((_, i) => i !== index);
        expect(setWeight(weights, locked, index, value)).toEqual(weights);
      }),
      RUNS,
    );
  });
});

describe('setWeight table', () => {
  it.each([
    { name: 'two rows: 80 leaves 20', w: [50, 50], l: [false, false], i: 0, v: 80, want: [80, 20] },
    { name: 'from 100/0 the zero row takes the rest', w: [100, 0], l: [false, false], i: 0, v: 80, want: [80, 20] },
    { name: 'proportional to current weights', w: [40, 40, 20], l: [false, false, false], i: 0, v: 70, want: [70, 20, 10] },
    { name: 'all others at zero spread evenly', w: [100, 0, 0], l: [false, false, false], i: 0, v: 85, want: [85, 8, 7] },
    { name: 'a locked row keeps its share', w: [50, 30, 20], l: [false, true, false], i: 0, v: 60, want: [60, 30, 10] },
    { name: 'clamped to what the locks leave', w: [50, 30, 20], l: [false, true, false], i: 0, v: 90, want: [70, 30, 0] },
    { name: 'everything else locked: no change', w: [50, 30, 20], l: [false, true, true], i: 0, v: 90, want: [50, 30, 20] },
    { name: 'below zero clamps to 0', w: [60, 40], l: [false, false], i: 0, v: -5, want: [0, 100] },
    { name: 'rounding leftovers go to the largest remainder', w: [34, 33, 33], l: [false, false, false], i: 0, v: 0, want: [0, 50, 50] },
  ])('$name', ({ w, l, i, v, want }) => {
    expect(setWeight(w, l, i, v)).toEqual(want);
  });
});

describe('evenlyDistribute', () => {
  it.each([
    [1, [100]],
    [2, [50, 50]],
    [3, [34, 33, 33]],
    [6, [17, 17, 17, 17, 16, 16]],
    [7, [15, 15, 14, 14, 14, 14, 14]],
  ])('%i rows', (n, want) => {
    expect(evenlyDistribute(n)).toEqual(want);
  });

  it('is floor(100/n) with the remainder on the first rows, for any n', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), (n) => {
        const xs = evenlyDistribute(n);
        const base = Math.floor(100 / n);
        return sum(xs) === 100 && xs.every((x, i) => x === base + (i < 100 % n ? 1 : 0));
      }),
    );
  });

  it('distributeEvenly spreads only over unlocked rows', () => {
    expect(distributeEvenly([10, 60, 30], [false, true, false])).toEqual([20, 60, 20]);
    fc.assert(
      fc.property(split(), fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), (weights, lockBits) => {
        const locked = weights.map((_, i) => lockBits[i]);
        const next = distributeEvenly(weights, locked);
        return valid(next) && weights.every((w, i) => !locked[i] || next[i] === w);
      }),
      RUNS,
    );
  });
});

describe('proportionalShare', () => {
  it('shares exactly the amount, integers only', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 100 }), (ws, amount) => {
        const xs = proportionalShare(ws, amount);
        return sum(xs) === amount && xs.every((x) => Number.isInteger(x) && x >= 0);
      }),
      RUNS,
    );
  });
});

describe('removeWeight', () => {
  it('hands the removed share to the others and keeps the invariants', () => {
    fc.assert(
      fc.property(split(2), fc.nat(), fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), (weights, k, lockBits) => {
        const index = k % weights.length;
        const locked = weights.map((_, i) => lockBits[i]);
        const next = removeWeight(weights, locked, index);
        return next.length === weights.length - 1 && valid(next);
      }),
      RUNS,
    );
  });

  it.each([
    { w: [80, 20], l: [false, false], i: 1, want: [100] },
    { w: [50, 30, 20], l: [false, false, false], i: 0, want: [60, 40] },
    { w: [50, 30, 20], l: [false, true, false], i: 0, want: [30, 70] },
    { w: [50, 30, 20], l: [false, true, true], i: 0, want: [80, 20] },
  ])('$w without row $i → $want', ({ w, l, i, want }) => {
    expect(removeWeight(w, l, i)).toEqual(want);
  });
});
