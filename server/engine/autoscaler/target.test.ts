import { describe, expect, it } from 'vitest';
import { defaultAutoscalerConfig } from './config';
import { resolveMetricTarget } from './target';

// Mirrors knative/serving pkg/reconciler/autoscaling/resources/target_test.go.
describe('resolveMetricTarget', () => {
  const cfg = defaultAutoscalerConfig();
  const cases: {
    name: string;
    metric?: 'concurrency' | 'rps';
    cc?: number;
    target?: number;
    tu?: number;
    cfg?: Partial<typeof cfg>;
    want: { target: number; total: number };
  }[] = [
    { name: 'defaults: 70 of 100', want: { target: 70, total: 100 } },
    { name: 'default CC with 80% TU', cfg: { containerConcurrencyTargetFraction: 0.8 }, want: { target: 80, total: 100 } },
    {
      name: 'non-default CC default and TU',
      cfg: { containerConcurrencyTargetFraction: 0.3, containerConcurrencyTargetDefault: 2 },
      want: { target: 0.6, total: 2 },
    },
    { name: 'CC 12, TU annotation 75%', cc: 12, tu: 0.75, want: { target: 9, total: 12 } },
    { name: 'CC 10 with TU 80%', cc: 10, cfg: { containerConcurrencyTargetFraction: 0.8 }, want: { target: 8, total: 10 } },
    { name: 'CC 1 with TU 80% goes below 1', cc: 1, cfg: { containerConcurrencyTargetFraction: 0.8 }, want: { target: 0.8, total: 1 } },
    { name: 'target annotation 1', target: 1, want: { target: 0.7, total: 1 } },
    { name: 'target annotation 10 with TU 75%', target: 10, tu: 0.75, want: { target: 7.5, total: 10 } },
    { name: 'CC greater than target', cc: 10, target: 1, want: { target: 0.7, total: 1 } },
    { name: 'target greater than CC is capped at CC', cc: 1, target: 10, want: { target: 0.7, total: 1 } },
    { name: 'tiny target is floored at 0.01', target: 0.01, tu: 0.01, want: { target: 0.01, total: 0.01 } },
    { name: 'rps default: 140 of 200', metric: 'rps', want: { target: 140, total: 200 } },
    { name: 'rps ignores containerConcurrency', metric: 'rps', cc: 5, want: { target: 140, total: 200 } },
    { name: 'rps target annotation is not capped by CC', metric: 'rps', cc: 5, target: 50, want: { target: 35, total: 50 } },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const got = resolveMetricTarget(
        { metric: c.metric ?? 'concurrency', containerConcurrency: c.cc ?? 0, target: c.target, targetUtilization: c.tu },
        { ...cfg, ...c.cfg },
      );
      expect(got.target).toBeCloseTo(c.want.target, 9);
      expect(got.total).toBeCloseTo(c.want.total, 9);
    });
  }
});
