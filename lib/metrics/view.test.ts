import { describe, expect, it } from 'vitest';
import type { MetricsFrame, RevisionPoint } from './types';
import { appendFrame, emptySeries, errorRps, lastSampleTime, panicSpans, perPod, rowsByTime, timeTicks, totalRps } from './view';

const frame = (t: number, desired: number): MetricsFrame => ({
  t,
  revisions: [],
  services: [{ key: 'default/hello', ref: { namespace: 'default', service: 'hello' }, point: { t, desired } }],
  flows: [],
});

describe('appendFrame', () => {
  it('appends without mutating the old set and drops points before `since`', () => {
    const a = appendFrame(emptySeries(), frame(1, 1), 0);
    const b = appendFrame(a, frame(2, 2), 0);
    const c = appendFrame(b, frame(3, 3), 2);
    expect(a.services['default/hello'].points).toHaveLength(1);
    expect(c.services['default/hello'].points.map((p) => p.t)).toEqual([2, 3]);
    expect(lastSampleTime(c)).toBe(3);
    expect(lastSampleTime(emptySeries())).toBeUndefined();
  });
});

describe('rowsByTime', () => {
  it('joins columns on the sample time and skips missing values', () => {
    const rows = rowsByTime([
      { name: 'a', points: [{ t: 2, v: 5 }, { t: 1, v: 1 }], value: (p) => p.v },
      { name: 'b', points: [{ t: 1, v: undefined }, { t: 2, v: 7 }], value: (p: { v?: number }) => p.v },
    ]);
    expect(rows).toEqual([{ t: 1, a: 1 }, { t: 2, a: 5, b: 7 }]);
  });
});

describe('panicSpans', () => {
  it('finds contiguous panic periods, closing an open one at the last point', () => {
    const pts: RevisionPoint[] = [0, 1, 1, 0, 0, 1, 1].map((m, i) => ({ t: i, panicMode: m === 1 }));
    expect(panicSpans(pts)).toEqual([{ from: 1, to: 3 }, { from: 5, to: 6 }]);
    expect(panicSpans([{ t: 0 }, { t: 1, panicMode: false }])).toEqual([]);
  });
});

describe('rates and per-pod figures', () => {
  it('sums classes', () => {
    expect(totalRps({ rps: { '2xx': 10, '5xx': 2.5 } })).toBe(12.5);
    expect(errorRps({ rps: { '2xx': 10, '5xx': 2.5, '4xx': 1 } })).toBe(3.5);
    expect(totalRps({})).toBeUndefined();
  });
  it('divides by ready pods, at least one', () => {
    expect(perPod(43.9, 7)).toBe(6.27);
    expect(perPod(12, 0)).toBe(12);
    expect(perPod(undefined, 3)).toBeUndefined();
  });
});

describe('timeTicks', () => {
  it('puts round times across the range, at most six', () => {
    const from = Date.UTC(2026, 0, 1, 12, 0, 7);
    const ticks = timeTicks([from, from + 300_000]);
    expect(ticks.length).toBeLessThanOrEqual(6);
    expect(ticks.length).toBeGreaterThanOrEqual(4);
    expect(ticks[0]).toBe(Date.UTC(2026, 0, 1, 12, 1, 0));
    expect(ticks.every((t) => t % 60_000 === 0)).toBe(true);
    expect(timeTicks([from, from + 3_600_000]).every((t) => t % 600_000 === 0)).toBe(true);
  });
});
