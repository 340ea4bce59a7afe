import { describe, expect, it } from 'vitest';
import { validateAutoscalingAnnotations } from './config';

const P = 'spec.template.metadata.annotations';
const A = 'autoscaling.knative.dev/';
const v = (anns: Record<string, string>, cfg?: { allowZeroInitialScale: boolean; maxScaleLimit: number }) =>
  validateAutoscalingAnnotations(anns, P, cfg);
const cause = (key: string, message: string) => ({ field: `${P}.${A}${key}`, message });

// Mirrors knative/serving pkg/apis/autoscaling/annotation_validation_test.go.
describe('validateAutoscalingAnnotations', () => {
  it('accepts no annotations and valid ones', () => {
    expect(v({})).toEqual([]);
    expect(
      v({
        [`${A}class`]: 'kpa.autoscaling.knative.dev',
        [`${A}metric`]: 'rps',
        [`${A}target`]: '0.01',
        [`${A}target-utilization-percentage`]: '100',
        [`${A}target-burst-capacity`]: '-1',
        [`${A}window`]: '1h',
        [`${A}panic-window-percentage`]: '1',
        [`${A}panic-threshold-percentage`]: '1000',
        [`${A}min-scale`]: '2',
        [`${A}max-scale`]: '5',
        [`${A}activation-scale`]: '3',
        [`${A}scale-down-delay`]: '0s',
        [`${A}scale-to-zero-pod-retention-period`]: '1h',
        [`${A}initial-scale`]: '2',
        [`${A}metric-aggregation-algorithm`]: 'weighted-exponential',
      }),
    ).toEqual([]);
    // Unrelated annotations are none of our business.
    expect(v({ 'example.com/x': 'y', [`${A}class`]: 'custom.example.com' })).toEqual([]);
  });

  it.each([
    [{ [`${A}min-scale`]: '-1' }, cause('min-scale', 'expected 0 <= -1 <= 2147483647')],
    [{ [`${A}minScale`]: '-1' }, cause('minScale', 'expected 0 <= -1 <= 2147483647')],
    [{ [`${A}max-scale`]: 'five' }, cause('max-scale', 'invalid value: five')],
    [{ [`${A}max-scale`]: '3000000000' }, cause('max-scale', 'expected 0 <= 3000000000 <= 2147483647')],
    [{ [`${A}min-scale`]: '5', [`${A}max-scale`]: '2' }, cause('max-scale', 'max-scale=2 is less than min-scale=5')],
    [{ [`${A}activation-scale`]: '1' }, cause('activation-scale', 'activation-scale=1 must be greater than 1')],
    [{ [`${A}activation-scale`]: '2', [`${A}min-scale`]: '3' }, cause('activation-scale', 'min-scale=3 is greater than activation-scale=2')],
    [{ [`${A}activation-scale`]: '6', [`${A}max-scale`]: '5' }, cause('activation-scale', 'max-scale=5 is less than activation-scale=6')],
    [{ [`${A}activation-scale`]: 'x' }, cause('activation-scale', 'invalid value: x')],
    [{ [`${A}window`]: '5s' }, cause('window', 'expected 6s <= 5s <= 1h0m0s')],
    [{ [`${A}window`]: '365h' }, cause('window', 'expected 6s <= 365h <= 1h0m0s')],
    [{ [`${A}window`]: '6500ms' }, cause('window', 'must be specified with at most second precision')],
    [{ [`${A}window`]: 'jerry' }, cause('window', 'invalid value: jerry')],
    [{ [`${A}target-utilization-percentage`]: '0.5' }, cause('target-utilization-percentage', 'expected 1 <= 0.5 <= 100')],
    [{ [`${A}targetUtilizationPercentage`]: '101' }, cause('targetUtilizationPercentage', 'expected 1 <= 101 <= 100')],
    [{ [`${A}panic-threshold-percentage`]: '109' }, cause('panic-threshold-percentage', 'expected 110 <= 109 <= 1000')],
    [{ [`${A}panic-threshold-percentage`]: '1001' }, cause('panic-threshold-percentage', 'expected 110 <= 1001 <= 1000')],
    [{ [`${A}panic-window-percentage`]: '0.5' }, cause('panic-window-percentage', 'expected 1 <= 0.5 <= 100')],
    [{ [`${A}panic-window-percentage`]: 'fifty' }, cause('panic-window-percentage', 'invalid value: fifty')],
    [{ [`${A}metric`]: 'cpu' }, cause('metric', 'invalid value: cpu')],
    [{ [`${A}metric`]: 'memory', [`${A}class`]: 'kpa.autoscaling.knative.dev' }, cause('metric', 'invalid value: memory')],
    [{ [`${A}class`]: 'foo.autoscaling.knative.dev' }, cause('class', 'invalid value: foo.autoscaling.knative.dev')],
    [{ [`${A}scale-down-delay`]: '-1s' }, cause('scale-down-delay', 'expected 0s <= -1s <= 1h0m0s')],
    [{ [`${A}scale-down-delay`]: '2h' }, cause('scale-down-delay', 'expected 0s <= 2h <= 1h0m0s')],
    [{ [`${A}scale-down-delay`]: '1.5s' }, cause('scale-down-delay', 'must be specified with at most second precision')],
    [{ [`${A}scale-down-delay`]: 'later' }, cause('scale-down-delay', 'invalid value: later')],
    [{ [`${A}scale-to-zero-pod-retention-period`]: '-1s' }, cause('scale-to-zero-pod-retention-period', 'expected 0s <= -1s <= 1h0m0s')],
    [{ [`${A}scale-to-zero-pod-retention-period`]: 'x' }, cause('scale-to-zero-pod-retention-period', 'invalid value: x')],
    [{ [`${A}initial-scale`]: '-1' }, cause('initial-scale', `invalid value: -1: ${A}initial-scale must be greater than 0`)],
    [{ [`${A}initial-scale`]: '0' }, cause('initial-scale', `invalid value: 0: ${A}initial-scale=0 not allowed by cluster`)],
    [{ [`${A}initial-scale`]: 'one' }, cause('initial-scale', 'invalid value: one')],
    [{ [`${A}target`]: '0.001' }, cause('target', 'target 0.001 should be at least 0.01')],
    [{ [`${A}target`]: 'high' }, cause('target', 'invalid value: high')],
    [{ [`${A}target-burst-capacity`]: '-2' }, cause('target-burst-capacity', 'invalid value: -2')],
    [{ [`${A}target-burst-capacity`]: 'lots' }, cause('target-burst-capacity', 'invalid value: lots')],
    [
      { [`${A}class`]: 'kpa.autoscaling.knative.dev', [`${A}metric-aggregation-algorithm`]: 'median' },
      cause('metric-aggregation-algorithm', 'invalid value: median'),
    ],
  ])('rejects %j', (anns, want) => {
    expect(v(anns)).toEqual([want]);
  });

  it('lets hpa take other metrics and allows initial-scale 0 when the cluster does', () => {
    expect(v({ [`${A}class`]: 'hpa.autoscaling.knative.dev', [`${A}metric`]: 'cpu' })).toEqual([]);
    expect(v({ [`${A}initial-scale`]: '0' }, { allowZeroInitialScale: true, maxScaleLimit: 0 })).toEqual([]);
  });

  it('enforces max-scale-limit when the cluster sets one', () => {
    const cfg = { allowZeroInitialScale: false, maxScaleLimit: 10 };
    expect(v({ [`${A}max-scale`]: '11' }, cfg)).toEqual([cause('max-scale', 'expected 1 <= 11 <= 10')]);
    expect(v({ [`${A}max-scale`]: '0' }, cfg)).toEqual([cause('max-scale', 'max-scale=0 (unlimited), must be less than 10')]);
  });

  it('reports every problem, each with its own field', () => {
    const got = v({ [`${A}window`]: '1s', [`${A}min-scale`]: '-3', [`${A}metric`]: 'bananas' });
    expect(got.map((c) => c.field)).toEqual([`${P}.${A}min-scale`, `${P}.${A}window`, `${P}.${A}metric`]);
  });

  it('uses the prefix given (metadata.annotations for a Revision)', () => {
    expect(validateAutoscalingAnnotations({ [`${A}window`]: '1s' }, 'metadata.annotations')[0].field).toBe(
      `metadata.annotations.${A}window`,
    );
  });
});
