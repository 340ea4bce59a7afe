import { describe, expect, it } from 'vitest';
import { LatencyHistogram } from './histogram';

describe('LatencyHistogram', () => {
  it('gives percentiles within 1%', () => {
    const h = new LatencyHistogram();
    for (let i = 1; i <= 1000; i++) h.record(i);
    const s = h.summary();
    expect(s.count).toBe(1000);
    expect(s.p50).toBeGreaterThan(495);
    expect(s.p50).toBeLessThan(505);
    expect(s.p99).toBeGreaterThan(980);
    expect(s.p99).toBeLessThan(1000.1);
    expect(s.min).toBe(1);
    expect(s.max).toBe(1000);
    expect(s.mean).toBeCloseTo(500.5);
  });
  it('handles sub-millisecond and empty cases', () => {
    const h = new LatencyHistogram();
    expect(h.summary().p50).toBe(0);
    h.record(0.25);
    h.record(0.3);
    expect(h.percentile(50)).toBeGreaterThan(0.24);
    expect(h.percentile(50)).toBeLessThan(0.26);
  });
  it('merges', () => {
    const a = new LatencyHistogram();
    const b = new LatencyHistogram();
    a.record(10);
    b.record(20);
    a.merge(b);
    expect(a.summary()).toMatchObject({ count: 2, min: 10, max: 20 });
  });
});
