import { getAnnotation, KPA_CLASS, parseFloatStrict, parseInt32 } from './annotations';
import { parseGoDuration } from './duration';

export { validateAutoscalingAnnotations } from './validate-annotations';

/**
 * Cluster-wide autoscaler settings: Knative's config-autoscaler defaults
 * (pkg/autoscaler/config/config.go defaultConfig, mirrored in
 * knative-semantics.md section B), plus config-deployment's progress deadline.
 *
 * Environment overrides (engine only; Knative reads these from the
 * config-autoscaler ConfigMap). They exist so integration tests and demos
 * finish in seconds:
 *   ENGINE_SCALE_TO_ZERO_GRACE_PERIOD  Go duration > 0, default 30s (e.g. `2s`)
 *   ENGINE_STABLE_WINDOW               Go duration 6s..1h in whole seconds, default 60s
 *   ENGINE_ENABLE_SCALE_TO_ZERO        `false` keeps every revision at ≥ 1 pod, default true
 *   ENGINE_ALLOW_ZERO_INITIAL_SCALE    `true` honours `initial-scale: "0"` (allow-zero-initial-scale),
 *                                      default false; the topology bench creates 1,000 ksvcs without pods
 * A bad value stops the engine at start with a message naming the variable.
 */
export interface AutoscalerConfig {
  enableScaleToZero: boolean;
  /** Fraction of containerConcurrency to aim for (container-concurrency-target-percentage 70 → 0.7). */
  containerConcurrencyTargetFraction: number;
  containerConcurrencyTargetDefault: number;
  /** Utilisation for metrics other than concurrency (rps); not configurable in Knative either. */
  targetUtilization: number;
  rpsTargetDefault: number;
  targetBurstCapacity: number;
  activatorCapacity: number;
  allowZeroInitialScale: boolean;
  initialScale: number;
  minScale: number;
  maxScale: number;
  maxScaleLimit: number;
  maxScaleUpRate: number;
  maxScaleDownRate: number;
  stableWindowMs: number;
  panicWindowPercentage: number;
  panicThresholdPercentage: number;
  scaleToZeroGracePeriodMs: number;
  scaleToZeroPodRetentionPeriodMs: number;
  scaleDownDelayMs: number;
  podAutoscalerClass: string;
  /** config-deployment progress-deadline; activation times out 30s after it. */
  progressDeadlineMs: number;
}

export const WINDOW_MIN_MS = 6_000;
export const WINDOW_MAX_MS = 3_600_000;
/** Knative's activationTimeoutBuffer (kpa/scaler.go). */
export const ACTIVATION_TIMEOUT_BUFFER_MS = 30_000;

export function defaultAutoscalerConfig(): AutoscalerConfig {
  return {
    enableScaleToZero: true,
    containerConcurrencyTargetFraction: 0.7,
    containerConcurrencyTargetDefault: 100,
    targetUtilization: 0.7,
    rpsTargetDefault: 200,
    // 211, not the 200 the docs still print (knative/serving#12774).
    targetBurstCapacity: 211,
    activatorCapacity: 100,
    allowZeroInitialScale: false,
    initialScale: 1,
    minScale: 0,
    maxScale: 0,
    maxScaleLimit: 0,
    maxScaleUpRate: 1000,
    maxScaleDownRate: 2,
    stableWindowMs: 60_000,
    panicWindowPercentage: 10,
    panicThresholdPercentage: 200,
    scaleToZeroGracePeriodMs: 30_000,
    scaleToZeroPodRetentionPeriodMs: 0,
    scaleDownDelayMs: 0,
    podAutoscalerClass: KPA_CLASS,
    progressDeadlineMs: 600_000,
  };
}

/** Defaults with the ENGINE_* overrides above applied; throws on a malformed value. */
export function loadAutoscalerConfig(env: Record<string, string | undefined> = process.env): AutoscalerConfig {
  const cfg = defaultAutoscalerConfig();
  const grace = env.ENGINE_SCALE_TO_ZERO_GRACE_PERIOD;
  if (grace !== undefined && grace !== '') {
    const ms = parseGoDuration(grace);
    if (ms === undefined || ms <= 0) {
      throw new Error(`ENGINE_SCALE_TO_ZERO_GRACE_PERIOD must be a positive duration such as 30s, was: ${grace}`);
    }
    cfg.scaleToZeroGracePeriodMs = ms;
  }
  const window = env.ENGINE_STABLE_WINDOW;
  if (window !== undefined && window !== '') {
    const ms = parseGoDuration(window);
    if (ms === undefined || ms < WINDOW_MIN_MS || ms > WINDOW_MAX_MS || ms % 1000 !== 0) {
      throw new Error(`ENGINE_STABLE_WINDOW must be a whole number of seconds between 6s and 1h, was: ${window}`);
    }
    cfg.stableWindowMs = ms;
  }
  const s2z = env.ENGINE_ENABLE_SCALE_TO_ZERO;
  if (s2z !== undefined && s2z !== '') {
    if (s2z !== 'true' && s2z !== 'false') {
      throw new Error(`ENGINE_ENABLE_SCALE_TO_ZERO must be true or false, was: ${s2z}`);
    }
    cfg.enableScaleToZero = s2z === 'true';
  }
  const zeroInitial = env.ENGINE_ALLOW_ZERO_INITIAL_SCALE;
  if (zeroInitial !== undefined && zeroInitial !== '') {
    if (zeroInitial !== 'true' && zeroInitial !== 'false') {
      throw new Error(`ENGINE_ALLOW_ZERO_INITIAL_SCALE must be true or false, was: ${zeroInitial}`);
    }
    cfg.allowZeroInitialScale = zeroInitial === 'true';
  }
  return cfg;
}

export type MetricName = 'concurrency' | 'rps';
export type AggregationAlgorithm = 'linear' | 'weighted-exponential';

/**
 * One revision's autoscaling settings: its annotations over the cluster
 * defaults. A value that does not parse falls back to the default, as
 * Knative's PodAutoscaler accessors do (admission rejects such values on the
 * user's objects; the PA itself is written by a controller).
 */
export interface RevisionAutoscaling {
  class: string;
  metric: MetricName;
  /** `target` annotation, if set. */
  target?: number;
  /** `target-utilization-percentage` as a fraction, if set. */
  targetUtilization?: number;
  targetBurstCapacity: number;
  stableWindowMs: number;
  panicWindowMs: number;
  /** Panic threshold as a percentage of the target (200 → panic at 2× target per pod). */
  panicThresholdPercentage: number;
  minScale: number;
  /** 0 means no upper bound. */
  maxScale: number;
  initialScale: number;
  /** 1 means none (Knative's default). */
  activationScale: number;
  scaleDownDelayMs: number;
  scaleToZeroPodRetentionPeriodMs: number;
  algorithm: AggregationAlgorithm;
}

type Annotations = Record<string, string> | undefined;

const float = (a: Annotations, name: Parameters<typeof getAnnotation>[1]) => {
  const got = getAnnotation(a, name);
  return got ? parseFloatStrict(got.value) : undefined;
};
const int = (a: Annotations, name: Parameters<typeof getAnnotation>[1]) => {
  const got = getAnnotation(a, name);
  if (!got) return undefined;
  const r = parseInt32(got.value);
  return 'value' in r ? r.value : undefined;
};
const duration = (a: Annotations, name: Parameters<typeof getAnnotation>[1]) => {
  const got = getAnnotation(a, name);
  return got ? parseGoDuration(got.value) : undefined;
};

/** Initial scale (kpa/resources GetInitialScale): the annotation unless it is a forbidden 0. */
export function revisionInitialScale(annotations: Annotations, cfg: AutoscalerConfig): number {
  const v = int(annotations, 'initialScale');
  if (v === undefined || v < 0 || (v === 0 && !cfg.allowZeroInitialScale)) return cfg.initialScale;
  return v;
}

export function parseRevisionAutoscaling(annotations: Annotations, cfg: AutoscalerConfig): RevisionAutoscaling {
  const stableWindowMs = duration(annotations, 'window') ?? cfg.stableWindowMs;
  const panicPct = float(annotations, 'panicWindowPercentage') ?? cfg.panicWindowPercentage;
  // resources/metric.go: rounded to whole seconds, at least one bucket.
  const panicWindowMs = Math.max(1000, Math.round((stableWindowMs * panicPct) / 100 / 1000) * 1000);
  const tu = float(annotations, 'targetUtilizationPercentage');
  const metric = getAnnotation(annotations, 'metric')?.value === 'rps' ? 'rps' : 'concurrency';
  const algorithm = getAnnotation(annotations, 'metricAggregationAlgorithm')?.value;
  return {
    class: getAnnotation(annotations, 'class')?.value ?? cfg.podAutoscalerClass,
    metric,
    target: float(annotations, 'target'),
    targetUtilization: tu === undefined ? undefined : tu / 100,
    targetBurstCapacity: float(annotations, 'targetBurstCapacity') ?? cfg.targetBurstCapacity,
    stableWindowMs,
    panicWindowMs,
    panicThresholdPercentage: float(annotations, 'panicThresholdPercentage') ?? cfg.panicThresholdPercentage,
    minScale: Math.max(0, int(annotations, 'minScale') ?? cfg.minScale),
    maxScale: Math.max(0, int(annotations, 'maxScale') ?? cfg.maxScale),
    initialScale: revisionInitialScale(annotations, cfg),
    activationScale: Math.max(1, int(annotations, 'activationScale') ?? 1),
    scaleDownDelayMs: duration(annotations, 'scaleDownDelay') ?? cfg.scaleDownDelayMs,
    scaleToZeroPodRetentionPeriodMs:
      duration(annotations, 'scaleToZeroPodRetentionPeriod') ?? cfg.scaleToZeroPodRetentionPeriodMs,
    algorithm: algorithm === 'weighted-exponential' || algorithm === 'weightedExponential' ? 'weighted-exponential' : 'linear',
  };
}
