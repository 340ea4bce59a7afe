import { describe, expect, it } from 'vitest';
import { TimedBuckets, WeightedBuckets } from './bucketing';

// A start time that is not on a second boundary, as time.Now() in Knative's tests.
const T0 = 1_700_000_000_700;
const s = (n: number) => T0 + n * 1000;

describe('TimedBuckets (Knative TestTimedFloat64Buckets*)', () => {
  it('sums values that land in the same second', () => {
    const b = new TimedBuckets(120_000);
    const t = Math.floor(T0 / 1000) * 1000;
    b.record(t, 1); // activator at scale from zero
    b.record(t + 100, 10); // scraped pods in the same second
    b.record(t + 1000, 1);
    b.record(t + 3000, 1);
    // 4 seconds written (one gap counted as zero): (11 + 1 + 0 + 1) / 4
    expect(b.windowAverage(t + 3000)).toBe(13 / 4);
  });

  it('averages over a partial window, lags, short holes and long holes', () => {
    const b = new TimedBuckets(5000);
    expect(b.isEmpty(T0)).toBe(true);
    b.record(T0, 1);
    // firstWrite makes this 1, not 1/5.
    expect(b.windowAverage(T0)).toBe(1);
    for (let i = 1; i < 5; i++) b.record(s(i), i + 1);
    expect(b.windowAverage(s(4))).toBe(15 / 5);
    // `now` lagging behind the last write.
    expect(b.windowAverage(T0 + 3600)).toBe(15 / 5);
    // A short hole: the two oldest seconds leave the window, and the trailing empty seconds the count.
    expect(b.windowAverage(s(6))).toBe((15 - 1 - 2) / (5 - 2));
    // A hole as long as the window: zero.
    expect(b.windowAverage(s(10))).toBe(0);
    // Writing after a hole zeroes the skipped seconds.
    b.record(s(6), 91);
    expect(b.windowAverage(s(6))).toBe((15 - 1 - 2 + 91) / 5);
    // After a long silence the window restarts.
    const later = T0 + 60_000;
    b.record(later, 1984);
    expect(b.windowAverage(later)).toBe(1984);
    // An earlier second still inside the window extends the partial window.
    b.record(later - 3000, 4);
    expect(b.windowAverage(later)).toBe((4 + 1984) / 4);
    b.record(later + 1000, 5);
    expect(b.windowAverage(later + 1000)).toBe((4 + 1984 + 5) / 5);
    b.record(later + 1000 - 3000, 10);
    expect(b.windowAverage(later + 1000)).toBe((4 + 10 + 1984 + 5) / 5);
    // Older than a window before the last write: ignored.
    b.record(later + 1000 - 6000, 10);
    expect(b.windowAverage(later + 1000)).toBe((4 + 10 + 1984 + 5) / 5);
  });

  it('keeps a window of data written in descending order', () => {
    const b = new TimedBuckets(5000);
    for (let i = 8; i >= 0; i--) b.record(s(i), 5);
    expect(b.windowAverage(s(5))).toBe(5);
  });

  it('rounds down to 6 digits', () => {
    const b = new TimedBuckets(3000);
    b.record(s(0), 1);
    b.record(s(1), 1);
    b.record(s(2), 0);
    expect(b.windowAverage(s(2))).toBe(0.666666);
  });

  it('is empty only after more than a window without writes', () => {
    const b = new TimedBuckets(5000);
    b.record(s(0), 3);
    expect(b.isEmpty(s(5))).toBe(false);
    expect(b.windowAverage(s(5))).toBe(0);
    expect(b.isEmpty(s(6))).toBe(true);
  });

  it('resizes the window keeping the data inside it (TestTimedFloat64BucketsWindowUpdate)', () => {
    const b = new TimedBuckets(5000);
    for (let i = 0; i <= 5; i++) b.record(s(i), i + 1);
    const initial = 2 + 3 + 4 + 5 + 6;
    expect(b.windowAverage(s(5))).toBe(initial / 5);
    b.resizeWindow(10_000);
    // At most 5 seconds held data, so the average does not change.
    expect(b.windowAverage(s(5))).toBe(initial / 5);
    b.record(s(6), 7);
    expect(b.windowAverage(s(6))).toBe(Math.floor(((initial + 7) / 6) * 1e6) / 1e6);
    b.resizeWindow(4000);
    expect(b.windowAverage(s(6))).toBe((initial + 7 - 2 - 3) / 4);
  });
});

describe('WeightedBuckets (weighted-exponential)', () => {
  it('weighs recent seconds more', () => {
    // 4 buckets: α = max(1 − 0.0001^(1/4), 0.2) = 0.9
    const b = new WeightedBuckets(4000);
    [10, 10, 5, 5].forEach((v, i) => b.record(s(i), v));
    expect(b.windowAverage(s(3))).toBeCloseTo(5 * 0.9 + 5 * 0.09 + 10 * 0.009 + 10 * 0.0009, 9);
    const reversed = new WeightedBuckets(4000);
    [5, 5, 10, 10].forEach((v, i) => reversed.record(s(i), v));
    expect(reversed.windowAverage(s(3))).toBeGreaterThan(9.9);
  });

  it('counts seconds since the last write as zeros and is 0 after a window', () => {
    const b = new WeightedBuckets(4000);
    [10, 10, 5, 5].forEach((v, i) => b.record(s(i), v));
    expect(b.windowAverage(s(4))).toBeCloseTo(5 * 0.09 + 5 * 0.009 + 10 * 0.0009, 9);
    expect(b.windowAverage(s(8))).toBe(0);
  });

  it('uses the 0.2 floor for long windows', () => {
    const b = new WeightedBuckets(60_000);
    b.record(s(0), 100);
    expect(b.windowAverage(s(0))).toBeCloseTo(20, 9);
  });
});
