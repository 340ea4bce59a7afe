/**
 * Applying a decision to a PodAutoscaler, after Knative's kpa/scaler.go
 * (scale, handleScaleToZero) and kpa/kpa.go (computeActiveCondition, the SKS
 * mode). Pure: the PA's state and the clock go in, the replicas to set, the
 * `want` to report, the Active condition and when to look again come out.
 */

export type ConditionStatus = 'True' | 'False' | 'Unknown';

/** Desired scale when the scaler has no data yet (Knative's scaleUnknown). */
export const SCALE_UNKNOWN = -1;

export interface ScaleInput {
  now: number;
  /** The scaler's desired pod count, or −1 when it has none yet. */
  desiredScale: number;
  /** The Active condition now and since when (lastTransitionTime, epoch ms). */
  active: { status: ConditionStatus; sinceMs: number };
  scaleTargetInitialized: boolean;
  /** min-scale, already 0 when the revision is unreachable. */
  minScale: number;
  /** max-scale; 0 means none. */
  maxScale: number;
  initialScale: number;
  enableScaleToZero: boolean;
  stableWindowMs: number;
  gracePeriodMs: number;
  retentionMs: number;
  /** progress deadline + 30s: how long activation may take before giving up. */
  activationTimeoutMs: number;
  /** Whether requests already go through the activator (Knative probes for this). */
  activatorInPath: boolean;
  /** Since when the activator has been in the path; undefined when it is not. */
  proxySinceMs?: number;
}

export interface ScaleOutcome {
  /** The scale to report (PA status desiredScale, "want"). */
  want: number;
  /** Replicas to set on the scale target; undefined leaves it alone. */
  replicas?: number;
  /** Look again after this long: a time-based transition is pending. */
  requeueAfterMs?: number;
}

/** pre: 0 ≤ min, 0 ≤ x; max 0 means unbounded. */
function applyBounds(min: number, max: number, x: number) {
  if (x < min) return min;
  if (max !== 0 && x > max) return max;
  return x;
}

export function decideScale(i: ScaleInput): ScaleOutcome {
  let desired = i.desiredScale;
  if (desired < 0 && i.active.status !== 'Unknown') return { want: desired };

  let min = i.minScale;
  // Until the first pods are up, initial scale works as a floor.
  if (i.initialScale > 1 && !i.scaleTargetInitialized) min = Math.max(i.initialScale, min);
  desired = applyBounds(min, i.maxScale, desired);
  if (desired !== 0) return { want: desired, replicas: desired };

  if (!i.enableScaleToZero) return { want: 1, replicas: 1 };

  const inStatus = i.now - i.active.sinceMs;
  switch (i.active.status) {
    case 'Unknown': {
      // Stuck activating past the progress deadline: give up and scale to zero (TimedOut).
      if (inStatus > i.activationTimeoutMs) return { want: 0, replicas: 0 };
      return { want: SCALE_UNKNOWN, requeueAfterMs: i.activationTimeoutMs - inStatus + 1 };
    }
    case 'True': {
      // Go inactive only after a full stable window of activity; until then keep one pod.
      if (inStatus >= i.stableWindowMs) return { want: 0, requeueAfterMs: Math.min(i.gracePeriodMs, 1000) };
      return { want: 1, replicas: 1, requeueAfterMs: i.stableWindowMs - inStatus };
    }
    default: {
      // Inactive: remove the last pod only once the activator is in the path.
      if (!i.activatorInPath) return { want: 0, requeueAfterMs: 1000 };
      const lastPodMax = Math.max(i.gracePeriodMs, i.retentionMs);
      if (inStatus >= lastPodMax) return { want: 0, replicas: 0 };
      if (i.retentionMs > 0 && inStatus < i.retentionMs) {
        return { want: 0, requeueAfterMs: i.retentionMs - inStatus };
      }
      const proxyFor = i.proxySinceMs === undefined ? 0 : i.now - i.proxySinceMs;
      const wait = i.gracePeriodMs - proxyFor;
      if (wait <= 0) return { want: 0, replicas: 0 };
      return { want: 0, requeueAfterMs: wait };
    }
  }
}

/** Ready pods needed to call the PA active: initial scale until initialised, then max(min, 1). */
export function activeThreshold(minScale: number, initialScale: number, scaleTargetInitialized: boolean): number {
  return scaleTargetInitialized ? Math.max(minScale, 1) : Math.max(minScale, initialScale);
}

export interface ActiveCondition {
  status: ConditionStatus;
  reason?: string;
  message?: string;
}

export const NO_TRAFFIC: ActiveCondition = {
  status: 'False',
  reason: 'NoTraffic',
  message: 'The target is not receiving traffic.',
};
export const QUEUED: ActiveCondition = {
  status: 'Unknown',
  reason: 'Queued',
  message: 'Requests to the target are being buffered as resources are provisioned.',
};
export const TIMED_OUT: ActiveCondition = {
  status: 'False',
  reason: 'TimedOut',
  message: 'The target could not be activated.',
};
export const ACTIVE: ActiveCondition = { status: 'True' };

/**
 * The Active condition from want, ready pods and the current status
 * (kpa.go computeActiveCondition). Returns undefined to leave it unchanged.
 *
 *   want 0 (or threshold 0)   → inactive (TimedOut if it was still activating)
 *   ready < threshold         → activating (Queued), unless already inactive with want −1
 *   ready ≥ threshold         → active, unless already inactive with want −1
 */
export function computeActiveCondition(
  want: number,
  ready: number,
  minReady: number,
  current: ConditionStatus,
): ActiveCondition | undefined {
  if (want === 0 || minReady === 0) {
    return current === 'Unknown' && minReady > 0 ? TIMED_OUT : NO_TRAFFIC;
  }
  if (ready < minReady) {
    return want > 0 || current !== 'False' ? QUEUED : NO_TRAFFIC;
  }
  return want > 0 || current !== 'False' ? ACTIVE : undefined;
}

export type ActivatorMode = 'Serve' | 'Proxy';

/**
 * Whether the activator sits in the request path (the ServerlessService
 * mode): at zero, when the burst capacity is short, or when a scaler without
 * history meets an inactive PA.
 */
export function activatorMode(want: number, excessBurstCapacity: number, inactive: boolean): ActivatorMode {
  return want === 0 || excessBurstCapacity < 0 || (want === SCALE_UNKNOWN && inactive) ? 'Proxy' : 'Serve';
}
