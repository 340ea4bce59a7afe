import { describe, expect, it } from 'vitest';
import { defaultAutoscalerConfig, loadAutoscalerConfig, parseRevisionAutoscaling, revisionInitialScale } from './config';
import { formatGoDuration, parseGoDuration } from './duration';

describe('Go durations', () => {
  it.each([
    ['6s', 6000],
    ['1m30s', 90_000],
    ['1h', 3_600_000],
    ['1.5s', 1500],
    ['500ms', 500],
    ['0', 0],
    ['-2s', -2000],
  ])('parses %s', (s, ms) => expect(parseGoDuration(s)).toBe(ms));
  it.each(['', '6', 's', '1d', '1 s', 'abc'])('rejects %j', (s) => expect(parseGoDuration(s)).toBeUndefined());
  it.each([
    [0, '0s'],
    [6000, '6s'],
    [3_600_000, '1h0m0s'],
    [90_000, '1m30s'],
    [500, '500ms'],
    [1500, '1.5s'],
  ])('formats %d as %s', (ms, s) => expect(formatGoDuration(ms)).toBe(s));
});

describe('cluster defaults (config-autoscaler)', () => {
  it('match Knative, with target-burst-capacity 211', () => {
    const c = defaultAutoscalerConfig();
    expect(c).toMatchObject({
      containerConcurrencyTargetDefault: 100,
      containerConcurrencyTargetFraction: 0.7,
      rpsTargetDefault: 200,
      targetBurstCapacity: 211,
      stableWindowMs: 60_000,
      panicWindowPercentage: 10,
      panicThresholdPercentage: 200,
      maxScaleUpRate: 1000,
      maxScaleDownRate: 2,
      enableScaleToZero: true,
      scaleToZeroGracePeriodMs: 30_000,
      scaleToZeroPodRetentionPeriodMs: 0,
      scaleDownDelayMs: 0,
      initialScale: 1,
      allowZeroInitialScale: false,
      activatorCapacity: 100,
      podAutoscalerClass: 'kpa.autoscaling.knative.dev',
    });
  });

  it('takes the ENGINE_* overrides', () => {
    const c = loadAutoscalerConfig({
      ENGINE_SCALE_TO_ZERO_GRACE_PERIOD: '2s',
      ENGINE_STABLE_WINDOW: '10s',
      ENGINE_ENABLE_SCALE_TO_ZERO: 'false',
    });
    expect(c.scaleToZeroGracePeriodMs).toBe(2000);
    expect(c.stableWindowMs).toBe(10_000);
    expect(c.enableScaleToZero).toBe(false);
    expect(loadAutoscalerConfig({}).scaleToZeroGracePeriodMs).toBe(30_000);
  });

  it.each([
    [{ ENGINE_SCALE_TO_ZERO_GRACE_PERIOD: 'soon' }, /ENGINE_SCALE_TO_ZERO_GRACE_PERIOD/],
    [{ ENGINE_SCALE_TO_ZERO_GRACE_PERIOD: '0s' }, /positive/],
    [{ ENGINE_STABLE_WINDOW: '2s' }, /ENGINE_STABLE_WINDOW/],
    [{ ENGINE_STABLE_WINDOW: '6500ms' }, /whole number of seconds/],
    [{ ENGINE_ENABLE_SCALE_TO_ZERO: 'yes' }, /true or false/],
  ])('rejects %j', (env, msg) => expect(() => loadAutoscalerConfig(env)).toThrow(msg));
});

describe('per-revision settings', () => {
  const cfg = defaultAutoscalerConfig();

  it('defaults without annotations', () => {
    expect(parseRevisionAutoscaling(undefined, cfg)).toEqual({
      class: 'kpa.autoscaling.knative.dev',
      metric: 'concurrency',
      target: undefined,
      targetUtilization: undefined,
      targetBurstCapacity: 211,
      stableWindowMs: 60_000,
      panicWindowMs: 6000,
      panicThresholdPercentage: 200,
      minScale: 0,
      maxScale: 0,
      initialScale: 1,
      activationScale: 1,
      scaleDownDelayMs: 0,
      scaleToZeroPodRetentionPeriodMs: 0,
      algorithm: 'linear',
    });
  });

  it('reads every annotation', () => {
    const a = 'autoscaling.knative.dev/';
    const s = parseRevisionAutoscaling(
      {
        [`${a}class`]: 'kpa.autoscaling.knative.dev',
        [`${a}metric`]: 'rps',
        [`${a}target`]: '50',
        [`${a}target-utilization-percentage`]: '80',
        [`${a}target-burst-capacity`]: '-1',
        [`${a}window`]: '20s',
        [`${a}panic-window-percentage`]: '25',
        [`${a}panic-threshold-percentage`]: '150',
        [`${a}min-scale`]: '1',
        [`${a}max-scale`]: '10',
        [`${a}initial-scale`]: '3',
        [`${a}activation-scale`]: '2',
        [`${a}scale-down-delay`]: '15s',
        [`${a}scale-to-zero-pod-retention-period`]: '1m',
        [`${a}metric-aggregation-algorithm`]: 'weighted-exponential',
      },
      cfg,
    );
    expect(s).toEqual({
      class: 'kpa.autoscaling.knative.dev',
      metric: 'rps',
      target: 50,
      targetUtilization: 0.8,
      targetBurstCapacity: -1,
      stableWindowMs: 20_000,
      panicWindowMs: 5000,
      panicThresholdPercentage: 150,
      minScale: 1,
      maxScale: 10,
      initialScale: 3,
      activationScale: 2,
      scaleDownDelayMs: 15_000,
      scaleToZeroPodRetentionPeriodMs: 60_000,
      algorithm: 'weighted-exponential',
    });
  });

  it('accepts the old camelCase names, the new name winning when both are set', () => {
    const a = 'autoscaling.knative.dev/';
    const s = parseRevisionAutoscaling(
      {
        [`${a}minScale`]: '2',
        [`${a}maxScale`]: '4',
        [`${a}initialScale`]: '3',
        [`${a}targetBurstCapacity`]: '0',
        [`${a}panicWindowPercentage`]: '20',
        [`${a}panicThresholdPercentage`]: '300',
        [`${a}targetUtilizationPercentage`]: '50',
        [`${a}scaleToZeroPodRetentionPeriod`]: '5s',
        [`${a}max-scale`]: '6',
      },
      cfg,
    );
    expect(s).toMatchObject({
      minScale: 2,
      maxScale: 6,
      initialScale: 3,
      targetBurstCapacity: 0,
      panicWindowMs: 12_000,
      panicThresholdPercentage: 300,
      targetUtilization: 0.5,
      scaleToZeroPodRetentionPeriodMs: 5000,
    });
  });

  it('rounds the panic window to whole seconds, at least one', () => {
    const a = 'autoscaling.knative.dev/';
    expect(parseRevisionAutoscaling({ [`${a}window`]: '6s' }, cfg).panicWindowMs).toBe(1000);
    expect(parseRevisionAutoscaling({ [`${a}window`]: '6s', [`${a}panic-window-percentage`]: '1' }, cfg).panicWindowMs).toBe(1000);
    expect(parseRevisionAutoscaling({ [`${a}window`]: '45s' }, cfg).panicWindowMs).toBe(5000);
  });

  it('falls back to defaults for values that do not parse', () => {
    const a = 'autoscaling.knative.dev/';
    expect(parseRevisionAutoscaling({ [`${a}window`]: 'soon', [`${a}min-scale`]: 'x' }, cfg)).toMatchObject({
      stableWindowMs: 60_000,
      minScale: 0,
    });
  });

  it('initial scale 0 only when the cluster allows it', () => {
    const k = 'autoscaling.knative.dev/initial-scale';
    expect(revisionInitialScale({ [k]: '0' }, cfg)).toBe(1);
    expect(revisionInitialScale({ [k]: '0' }, { ...cfg, allowZeroInitialScale: true })).toBe(0);
    expect(revisionInitialScale({ [k]: '5' }, cfg)).toBe(5);
  });
});
