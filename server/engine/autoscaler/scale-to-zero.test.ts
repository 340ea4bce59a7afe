import { describe, expect, it } from 'vitest';
import {
  ACTIVE,
  activatorMode,
  activeThreshold,
  computeActiveCondition,
  decideScale,
  NO_TRAFFIC,
  QUEUED,
  TIMED_OUT,
  type ScaleInput,
} from './scale-to-zero';

const NOW = 1_700_000_000_000;
const SW = 60_000;
const GRACE = 30_000;
const ACTIVATION_TIMEOUT = 630_000;

function input(over: Partial<ScaleInput> & { activeFor?: number; status?: ScaleInput['active']['status'] }): ScaleInput {
  const { activeFor = 0, status = 'True', ...rest } = over;
  return {
    now: NOW,
    desiredScale: 0,
    active: { status, sinceMs: NOW - activeFor },
    scaleTargetInitialized: true,
    minScale: 0,
    maxScale: 0,
    initialScale: 1,
    enableScaleToZero: true,
    stableWindowMs: SW,
    gracePeriodMs: GRACE,
    retentionMs: 0,
    activationTimeoutMs: ACTIVATION_TIMEOUT,
    activatorInPath: true,
    proxySinceMs: undefined,
    ...rest,
  };
}

// Mirrors knative/serving pkg/reconciler/autoscaling/kpa/scaler_test.go TestScaler.
describe('decideScale', () => {
  it('ignores an unknown desired scale unless activating', () => {
    expect(decideScale(input({ desiredScale: -1 }))).toEqual({ want: -1 });
    expect(decideScale(input({ desiredScale: -1, status: 'False' }))).toEqual({ want: -1 });
  });

  it('applies a positive scale within min and max', () => {
    expect(decideScale(input({ desiredScale: 5 }))).toEqual({ want: 5, replicas: 5 });
    expect(decideScale(input({ desiredScale: 5, maxScale: 3 }))).toEqual({ want: 3, replicas: 3 });
    expect(decideScale(input({ desiredScale: 1, minScale: 2 }))).toEqual({ want: 2, replicas: 2 });
    expect(decideScale(input({ desiredScale: 0, minScale: 2 }))).toEqual({ want: 2, replicas: 2 });
  });

  it('holds initial scale as a floor until the target is initialised', () => {
    expect(decideScale(input({ desiredScale: 1, initialScale: 3, scaleTargetInitialized: false }))).toEqual({
      want: 3,
      replicas: 3,
    });
    expect(decideScale(input({ desiredScale: 1, initialScale: 3 }))).toEqual({ want: 1, replicas: 1 });
    // An activating PA without metrics yet still gets its initial scale.
    expect(decideScale(input({ desiredScale: -1, status: 'Unknown', initialScale: 3, scaleTargetInitialized: false }))).toEqual({
      want: 3,
      replicas: 3,
    });
  });

  it('keeps one pod when scale to zero is disabled', () => {
    expect(decideScale(input({ desiredScale: 0, enableScaleToZero: false, activeFor: 10 * SW }))).toEqual({
      want: 1,
      replicas: 1,
    });
  });

  it('keeps one pod while active for less than the stable window', () => {
    expect(decideScale(input({ activeFor: SW - 10_000 }))).toEqual({ want: 1, replicas: 1, requeueAfterMs: 10_000 });
  });

  it('marks inactive (want 0) without scaling once active for the stable window', () => {
    const got = decideScale(input({ activeFor: SW }));
    expect(got.want).toBe(0);
    expect(got.replicas).toBeUndefined();
  });

  it('waits for the activator to be in the path', () => {
    const got = decideScale(input({ status: 'False', activeFor: 10 * GRACE, activatorInPath: false }));
    expect(got).toMatchObject({ want: 0 });
    expect(got.replicas).toBeUndefined();
    expect(got.requeueAfterMs).toBeGreaterThan(0);
  });

  it('scales to zero once inactive for the grace period', () => {
    expect(decideScale(input({ status: 'False', activeFor: GRACE }))).toEqual({ want: 0, replicas: 0 });
  });

  it('scales to zero early when the activator has been in the path for the grace period', () => {
    expect(decideScale(input({ status: 'False', activeFor: 1000, proxySinceMs: NOW - GRACE }))).toEqual({ want: 0, replicas: 0 });
    expect(decideScale(input({ status: 'False', activeFor: 1000, proxySinceMs: NOW - 20_000 }))).toEqual({
      want: 0,
      requeueAfterMs: 10_000,
    });
  });

  it('keeps the last pod for the retention period', () => {
    const ret = 90_000;
    expect(decideScale(input({ status: 'False', activeFor: 40_000, retentionMs: ret, proxySinceMs: NOW - 100_000 }))).toEqual({
      want: 0,
      requeueAfterMs: 50_000,
    });
    expect(decideScale(input({ status: 'False', activeFor: ret, retentionMs: ret }))).toEqual({ want: 0, replicas: 0 });
  });

  it('gives up activating after the activation timeout (TimedOut)', () => {
    expect(decideScale(input({ status: 'Unknown', activeFor: ACTIVATION_TIMEOUT + 1 }))).toEqual({ want: 0, replicas: 0 });
    const waiting = decideScale(input({ status: 'Unknown', activeFor: 10_000 }));
    expect(waiting.want).toBe(-1);
    expect(waiting.replicas).toBeUndefined();
    expect(waiting.requeueAfterMs).toBeGreaterThan(ACTIVATION_TIMEOUT - 10_000 - 1);
  });
});

// Mirrors the table in kpa.go computeActiveCondition.
describe('computeActiveCondition', () => {
  it.each([
    // want, ready, minReady, current → next
    [0, 0, 1, 'True', NO_TRAFFIC],
    [0, 3, 1, 'Unknown', TIMED_OUT],
    [0, 0, 1, 'False', NO_TRAFFIC],
    [2, 0, 1, 'False', QUEUED],
    [2, 1, 1, 'False', ACTIVE],
    [-1, 0, 1, 'False', NO_TRAFFIC],
    [-1, 0, 1, 'Unknown', QUEUED],
    [-1, 0, 1, 'True', QUEUED],
    [-1, 1, 1, 'False', undefined],
    [-1, 1, 1, 'Unknown', ACTIVE],
    [-1, 1, 1, 'True', ACTIVE],
    [-1, 0, 0, 'Unknown', NO_TRAFFIC],
    [3, 2, 3, 'True', QUEUED],
  ] as const)('want %d, ready %d, threshold %d, %s', (want, ready, minReady, current, next) => {
    expect(computeActiveCondition(want, ready, minReady, current)).toEqual(next);
  });

  it('uses Knative messages', () => {
    expect(NO_TRAFFIC).toEqual({ status: 'False', reason: 'NoTraffic', message: 'The target is not receiving traffic.' });
    expect(QUEUED.message).toBe('Requests to the target are being buffered as resources are provisioned.');
    expect(TIMED_OUT).toMatchObject({ reason: 'TimedOut', message: 'The target could not be activated.' });
  });

  it('threshold is initial scale until initialised, then max(min, 1)', () => {
    expect(activeThreshold(0, 3, false)).toBe(3);
    expect(activeThreshold(0, 3, true)).toBe(1);
    expect(activeThreshold(2, 1, true)).toBe(2);
  });
});

describe('activatorMode', () => {
  it('puts the activator in the path at zero, with short burst capacity, or unknown while inactive', () => {
    expect(activatorMode(0, 10, false)).toBe('Proxy');
    expect(activatorMode(3, -1, false)).toBe('Proxy');
    expect(activatorMode(-1, 0, true)).toBe('Proxy');
    expect(activatorMode(-1, 0, false)).toBe('Serve');
    expect(activatorMode(3, 0, false)).toBe('Serve');
  });
});
