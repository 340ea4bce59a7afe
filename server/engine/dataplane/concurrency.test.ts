import { describe, expect, it } from 'vitest';
import { ConcurrencyStats } from './concurrency';

describe('ConcurrencyStats', () => {
  it('averages concurrency over time: two 500 ms requests in 1 s are 1', () => {
    const s = new ConcurrencyStats(0);
    s.start(false, 0);
    s.start(false, 0);
    s.end(false, 500);
    s.end(false, 500);
    expect(s.report('p', 1000)).toMatchObject({ podName: 'p', averageConcurrency: 1, requestCount: 2, proxiedRequestCount: 0 });
  });
  it('carries in-flight requests into the next period', () => {
    const s = new ConcurrencyStats(0);
    s.start(true, 250);
    expect(s.report('p', 1000)).toMatchObject({ averageConcurrency: 0.75, requestCount: 1, averageProxiedConcurrency: 0.75, proxiedRequestCount: 1 });
    expect(s.report('p', 2000)).toMatchObject({ averageConcurrency: 1, requestCount: 0, averageProxiedConcurrency: 1 });
    s.end(true, 2500);
    expect(s.report('p', 3000)).toMatchObject({ averageConcurrency: 0.5, requestCount: 0 });
    expect(s.active).toBe(false);
  });
  it('counts 350 steady concurrent requests as 350', () => {
    const s = new ConcurrencyStats(0);
    for (let i = 0; i < 350; i++) s.start(false, 0);
    expect(s.report('p', 1000).averageConcurrency).toBe(350);
  });
});
