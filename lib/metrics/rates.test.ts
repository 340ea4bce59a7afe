import { describe, expect, it } from 'vitest';
import { bucketIncrease, counterIncrease, counterRate, histogramQuantile } from './rates';

describe('counter rates', () => {
  it('divides the increase by the elapsed seconds', () => {
    expect(counterRate(100, 160, 1_000, 3_000)).toBe(30);
  });
  it('treats a drop as a reset', () => {
    expect(counterIncrease(500, 20)).toBe(20);
  });
  it('answers 0 for no elapsed time', () => {
    expect(counterRate(1, 5, 1000, 1000)).toBe(0);
  });
});

describe('histogramQuantile', () => {
  const buckets = [
    { le: 100, count: 50 },
    { le: 200, count: 90 },
    { le: 500, count: 100 },
    { le: Infinity, count: 100 },
  ];
  it('interpolates inside the bucket holding the rank (as PromQL does)', () => {
    expect(histogramQuantile(0.5, buckets)).toBe(100);
    expect(histogramQuantile(0.7, buckets)).toBe(150);
    expect(histogramQuantile(0.95, buckets)).toBe(350);
    expect(histogramQuantile(0.25, buckets)).toBe(50);
  });
  it('answers the highest finite bound when the rank is in +Inf', () => {
    expect(histogramQuantile(0.99, [{ le: 10, count: 1 }, { le: Infinity, count: 10 }])).toBe(10);
  });
  it('is undefined for an empty histogram', () => {
    expect(histogramQuantile(0.5, [{ le: 10, count: 0 }, { le: Infinity, count: 0 }])).toBeUndefined();
    expect(histogramQuantile(0.5, [])).toBeUndefined();
  });
});

describe('bucketIncrease', () => {
  it('subtracts bucket by bucket', () => {
    expect(bucketIncrease([{ le: 1, count: 2 }, { le: Infinity, count: 5 }], [{ le: 1, count: 4 }, { le: Infinity, count: 9 }]))
      .toEqual([{ le: 1, count: 2 }, { le: Infinity, count: 4 }]);
  });
  it('takes the new counts whole after a reset', () => {
    expect(bucketIncrease([{ le: 1, count: 20 }, { le: Infinity, count: 50 }], [{ le: 1, count: 1 }, { le: Infinity, count: 3 }]))
      .toEqual([{ le: 1, count: 1 }, { le: Infinity, count: 3 }]);
  });
});
