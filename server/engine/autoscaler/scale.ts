import type { AggregationAlgorithm, AutoscalerConfig, MetricName, RevisionAutoscaling } from './config';
import { resolveMetricTarget } from './target';

/** How the scaler resamples: the decision tick (Knative's tickInterval), also the scale-down-delay granularity. */
export const TICK_INTERVAL_MS = 2000;

/** What one revision's scaler decides on (Knative's DeciderSpec, built by kpa/resources MakeDecider). */
export interface DeciderSpec {
  metric: MetricName;
  targetValue: number;
  totalValue: number;
  targetBurstCapacity: number;
  /** Fraction of the target per pod that starts panic (2 = 200%). */
  panicThreshold: number;
  maxScaleUpRate: number;
  maxScaleDownRate: number;
  stableWindowMs: number;
  panicWindowMs: number;
  scaleDownDelayMs: number;
  initialScale: number;
  activationScale: number;
  reachable: boolean;
  algorithm: AggregationAlgorithm;
}

export function makeDeciderSpec(
  settings: RevisionAutoscaling,
  containerConcurrency: number,
  reachable: boolean,
  cfg: AutoscalerConfig,
): DeciderSpec {
  const { target, total } = resolveMetricTarget(
    {
      metric: settings.metric,
      containerConcurrency,
      target: settings.target,
      targetUtilization: settings.targetUtilization,
    },
    cfg,
  );
  return {
    metric: settings.metric,
    targetValue: target,
    totalValue: total,
    targetBurstCapacity: settings.targetBurstCapacity,
    panicThreshold: settings.panicThresholdPercentage / 100,
    maxScaleUpRate: cfg.maxScaleUpRate,
    maxScaleDownRate: cfg.maxScaleDownRate,
    stableWindowMs: settings.stableWindowMs,
    panicWindowMs: settings.panicWindowMs,
    scaleDownDelayMs: settings.scaleDownDelayMs,
    initialScale: settings.initialScale,
    activationScale: settings.activationScale,
    reachable,
    algorithm: settings.algorithm,
  };
}

/** The max over a trailing time window in 2s slots (Knative's max.TimeWindow), for scale-down-delay. */
export interface DelayWindow {
  slots: number;
  entries: { index: number; value: number }[];
}

/** A scaler's memory between ticks; a plain object so tests can build and inspect it. */
export interface ScalerState {
  /** When panic last started or was extended (epoch ms); undefined when not panicking. */
  panicTime?: number;
  /** The most pods asked for during this panic; panic never asks for fewer. */
  maxPanicPods: number;
  delay?: DelayWindow;
}

/**
 * A fresh scaler. It starts in panic holding the current ready count when
 * more than one pod is ready, so a restarted autoscaler, which lost its
 * metric history, does not scale a busy revision down.
 */
export function newScalerState(spec: DeciderSpec, readyPods: number, now: number): ScalerState {
  return {
    panicTime: readyPods > 1 ? now : undefined,
    maxPanicPods: readyPods,
    delay: newDelayWindow(spec.scaleDownDelayMs),
  };
}

/** Adjusts state after a spec change: a new scale-down-delay starts a new window. */
export function updateScalerState(state: ScalerState, prev: DeciderSpec, next: DeciderSpec): void {
  if (prev.scaleDownDelayMs !== next.scaleDownDelayMs) state.delay = newDelayWindow(next.scaleDownDelayMs);
}

function newDelayWindow(delayMs: number): DelayWindow | undefined {
  return delayMs > 0 ? { slots: Math.ceil(delayMs / TICK_INTERVAL_MS), entries: [] } : undefined;
}

function recordDelay(w: DelayWindow, now: number, value: number): number {
  const index = Math.floor(Math.floor(now / 1000) / (TICK_INTERVAL_MS / 1000));
  w.entries = w.entries.filter((e) => e.index > index - w.slots);
  w.entries.push({ index, value });
  return Math.max(...w.entries.map((e) => e.value));
}

/** The observed load, or `no-data` when nothing was recorded for a whole stable window (ErrNoData). */
export type Observation = { readyPods: number; stable: number; panic: number } | { readyPods: number; noData: true };

export interface ScaleResult {
  /** False when there was no data: the caller keeps its previous decision. */
  valid: boolean;
  desiredPodCount: number;
  excessBurstCapacity: number;
  panicking: boolean;
  stable: number;
  panic: number;
}

const INVALID: ScaleResult = { valid: false, desiredPodCount: 0, excessBurstCapacity: 0, panicking: false, stable: 0, panic: 0 };

/**
 * Knative's KPA decision (pkg/autoscaler/scaling/autoscaler.go Scale): pods
 * wanted for the stable and panic averages, bounded by the scale-up/down
 * rates, raised to activation-scale, with panic entered at the threshold,
 * extended while over it, left a stable window after, never scaling down
 * while in it, then held at the max over scale-down-delay. Also the excess
 * burst capacity that decides whether the activator stays in the path.
 * Mutates `state`.
 */
export function scale(state: ScalerState, spec: DeciderSpec, obs: Observation, now: number): ScaleResult {
  if ('noData' in obs) return INVALID;
  const original = obs.readyPods;
  const ready = Math.max(1, original);
  const { stable: S, panic: P } = obs;

  // Ceil so a too-timid rate can still add one pod; floor for the way down.
  const maxScaleUp = Math.ceil(spec.maxScaleUpRate * ready);
  const maxScaleDown = spec.reachable ? Math.floor(ready / spec.maxScaleDownRate) : 0;

  const dspc = Math.ceil(S / spec.targetValue);
  const dppc = Math.ceil(P / spec.targetValue);
  let desiredStable = Math.min(Math.max(dspc, maxScaleDown), maxScaleUp);
  let desiredPanic = Math.min(Math.max(dppc, maxScaleDown), maxScaleUp);

  if (spec.activationScale > 1) {
    if (dspc > 0 && spec.activationScale > desiredStable) desiredStable = spec.activationScale;
    if (dppc > 0 && spec.activationScale > desiredPanic) desiredPanic = spec.activationScale;
  }

  const over = dppc / ready >= spec.panicThreshold;
  if (state.panicTime === undefined && over) {
    state.panicTime = now;
  } else if (over) {
    state.panicTime = now;
  } else if (state.panicTime !== undefined && state.panicTime + spec.stableWindowMs < now) {
    // The surge has made it into the stable average.
    state.panicTime = undefined;
    state.maxPanicPods = 0;
  }

  let desired = desiredStable;
  if (state.panicTime !== undefined) {
    // The stable average may exceed the panic one; provision for the larger.
    desired = Math.max(desired, desiredPanic);
    if (desired > state.maxPanicPods) state.maxPanicPods = desired;
    desired = state.maxPanicPods;
  }

  if (spec.reachable && state.delay) desired = recordDelay(state.delay, now, desired);

  let ebc: number;
  if (spec.targetBurstCapacity === 0) ebc = 0;
  else if (spec.targetBurstCapacity > 0) {
    ebc = Math.floor(original * spec.totalValue - spec.targetBurstCapacity - P);
  } else ebc = -1;

  return {
    valid: true,
    desiredPodCount: desired,
    excessBurstCapacity: ebc,
    panicking: state.panicTime !== undefined,
    stable: S,
    panic: P,
  };
}

/** The burst capacity a new decider reports before its first tick (multiscaler.go). */
export function initialExcessBurstCapacity(spec: DeciderSpec): number {
  if (spec.targetBurstCapacity === -1 || spec.targetBurstCapacity === 0) return spec.targetBurstCapacity;
  return Math.trunc(spec.initialScale * spec.totalValue - spec.targetBurstCapacity);
}
