import { describe, expect, it } from 'vitest';
import { runFraction, type RunView } from './types';

const run = (spec: Partial<RunView['spec']>, progress?: { elapsedMs: number; completed: number }, state: RunView['state'] = 'running'): RunView => ({
  id: 'r', namespace: 'default', service: 'hello', url: 'http://hello.default.localhost:8080', state, startedAt: 0,
  spec: { concurrency: 10, stopAfter: 'duration', path: '/', ...spec },
  progress: progress && { ...progress, errors: 0, inFlight: 0, rps: 0, statusCounts: {}, latency: { count: 0, min: 0, mean: 0, p50: 0, p90: 0, p99: 0, max: 0 } },
});

describe('runFraction', () => {
  it('goes by time for a duration', () => {
    expect(runFraction(run({ durationSeconds: 20 }, { elapsedMs: 5_000, completed: 3 }), 0)).toBe(0.25);
    expect(runFraction(run({ durationSeconds: 20 }), 10_000)).toBe(0.5);
  });
  it('goes by count for a request budget', () => {
    expect(runFraction(run({ stopAfter: 'requests', requests: 200 }, { elapsedMs: 1_000, completed: 50 }), 0)).toBe(0.25);
  });
  it('is full once the run is over, and never above 1', () => {
    expect(runFraction(run({ durationSeconds: 20 }, { elapsedMs: 1_000, completed: 1 }, 'cancelled'), 0)).toBe(1);
    expect(runFraction(run({ durationSeconds: 1 }, { elapsedMs: 5_000, completed: 1 }), 0)).toBe(1);
  });
});
