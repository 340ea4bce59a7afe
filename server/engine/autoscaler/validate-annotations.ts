import type { StatusCause } from '../errors';
import { getAnnotation, HPA_CLASS, INT32_MAX, KEYS, KPA_CLASS, parseFloatStrict, parseInt32 } from './annotations';
import type { AutoscalerConfig } from './config';
import { formatGoDuration, parseGoDuration } from './duration';

type Annotations = Record<string, string> | undefined;

const WINDOW_MIN_MS = 6_000;
const WINDOW_MAX_MS = 3_600_000;
const TARGET_MIN = 0.01;

/**
 * Knative's autoscaling annotation validation (pkg/apis/autoscaling/
 * annotation_validation.go ValidateAnnotations), same checks, ranges and
 * messages. Each cause's field is `fieldPathPrefix.<annotation key>`, e.g.
 * `spec.template.metadata.annotations.autoscaling.knative.dev/window`.
 * `cfg` supplies the cluster knobs the checks depend on (allow-zero-initial-scale,
 * max-scale-limit); Knative's defaults apply when it is omitted.
 */
export function validateAutoscalingAnnotations(
  annotations: Annotations,
  fieldPathPrefix: string,
  cfg: Pick<AutoscalerConfig, 'allowZeroInitialScale' | 'maxScaleLimit'> = { allowZeroInitialScale: false, maxScaleLimit: 0 },
): StatusCause[] {
  const causes: StatusCause[] = [];
  const at = (key: string) => (fieldPathPrefix ? `${fieldPathPrefix}.${key}` : key);
  const invalidValue = (v: string, key: string) => causes.push({ field: at(key), message: `invalid value: ${v}` });
  const outOfBounds = (v: string | number, lo: string | number, hi: string | number, key: string) =>
    causes.push({ field: at(key), message: `expected ${lo} <= ${v} <= ${hi}` });
  const generic = (message: string, key: string) => causes.push({ field: at(key), message });

  // class
  const cls = getAnnotation(annotations, 'class');
  if (cls && cls.value.endsWith('.autoscaling.knative.dev') && cls.value !== KPA_CLASS && cls.value !== HPA_CLASS) {
    invalidValue(cls.value, cls.key);
  }

  // min-scale, max-scale, activation-scale
  const intGE0 = (name: 'minScale' | 'maxScale') => {
    const got = getAnnotation(annotations, name);
    if (!got) return 0;
    const r = parseInt32(got.value);
    if ('error' in r) {
      if (r.error === 'range') outOfBounds(got.value, 0, INT32_MAX, got.key);
      else invalidValue(got.value, got.key);
      return 0;
    }
    if (r.value < 0) {
      outOfBounds(got.value, 0, INT32_MAX, got.key);
      return 0;
    }
    return r.value;
  };
  const min = intGE0('minScale');
  const max = intGE0('maxScale');
  if (max !== 0 && max < min) {
    generic(`max-scale=${max} is less than min-scale=${min}`, KEYS.maxScale[0]);
  }
  const maxAnn = getAnnotation(annotations, 'maxScale');
  if (maxAnn && cfg.maxScaleLimit !== 0) {
    if (max > cfg.maxScaleLimit) outOfBounds(max, 1, cfg.maxScaleLimit, maxAnn.key);
    if (max === 0) generic(`max-scale=0 (unlimited), must be less than ${cfg.maxScaleLimit}`, maxAnn.key);
  }
  const act = getAnnotation(annotations, 'activationScale');
  if (act) {
    const r = parseInt32(act.value);
    if ('error' in r) invalidValue(act.value, act.key);
    else if (min > r.value) generic(`min-scale=${min} is greater than activation-scale=${r.value}`, act.key);
    else if (max !== 0 && max < r.value) generic(`max-scale=${max} is less than activation-scale=${r.value}`, act.key);
    else if (r.value < 2) generic(`activation-scale=${r.value} must be greater than 1`, act.key);
  }

  // floats
  const floatIn = (name: 'panicWindowPercentage' | 'panicThresholdPercentage' | 'targetUtilizationPercentage', lo: number, hi: number) => {
    const got = getAnnotation(annotations, name);
    if (!got) return;
    const f = parseFloatStrict(got.value);
    if (f === undefined) invalidValue(got.value, got.key);
    else if (f < lo || f > hi) outOfBounds(got.value, lo, hi, got.key);
  };
  floatIn('panicWindowPercentage', 1, 100);
  floatIn('panicThresholdPercentage', 110, 1000);
  const target = getAnnotation(annotations, 'target');
  if (target) {
    const f = parseFloatStrict(target.value);
    if (f === undefined) invalidValue(target.value, target.key);
    else if (f < TARGET_MIN) generic(`target ${target.value} should be at least ${TARGET_MIN}`, target.key);
  }
  floatIn('targetUtilizationPercentage', 1, 100);
  const tbc = getAnnotation(annotations, 'targetBurstCapacity');
  if (tbc) {
    const f = parseFloatStrict(tbc.value);
    if (f === undefined || (f < 0 && f !== -1)) invalidValue(tbc.value, tbc.key);
  }

  // window: the path is always the canonical key, as in Knative.
  const win = getAnnotation(annotations, 'window');
  if (win) {
    const d = parseGoDuration(win.value);
    const key = KEYS.window[0];
    if (d === undefined) invalidValue(win.value, key);
    else if (d < WINDOW_MIN_MS || d > WINDOW_MAX_MS) outOfBounds(win.value, formatGoDuration(WINDOW_MIN_MS), formatGoDuration(WINDOW_MAX_MS), key);
    else if (d % 1000 !== 0) generic('must be specified with at most second precision', key);
  }

  // scale-to-zero-pod-retention-period
  const ret = getAnnotation(annotations, 'scaleToZeroPodRetentionPeriod');
  if (ret) {
    const d = parseGoDuration(ret.value);
    if (d === undefined) invalidValue(ret.value, ret.key);
    else if (d < 0 || d > WINDOW_MAX_MS) outOfBounds(ret.value, formatGoDuration(0), formatGoDuration(WINDOW_MAX_MS), ret.key);
  }

  // scale-down-delay
  const sdd = getAnnotation(annotations, 'scaleDownDelay');
  if (sdd) {
    const d = parseGoDuration(sdd.value);
    if (d === undefined) invalidValue(sdd.value, sdd.key);
    else if (d < 0 || d > WINDOW_MAX_MS) outOfBounds(sdd.value, formatGoDuration(0), formatGoDuration(WINDOW_MAX_MS), sdd.key);
    else if (d % 1000 !== 0) generic('must be specified with at most second precision', sdd.key);
  }

  // metric, judged by the class it will be used with (kpa when unset)
  const metric = getAnnotation(annotations, 'metric');
  if (metric) {
    const clsValue = cls?.value ?? KPA_CLASS;
    const ok =
      clsValue === KPA_CLASS
        ? metric.value === 'concurrency' || metric.value === 'rps'
        : clsValue === HPA_CLASS
          ? metric.value !== ''
          : true;
    if (!ok) invalidValue(metric.value, KEYS.metric[0]);
  }

  // metric-aggregation-algorithm: only checked for an explicit kpa class (custom classes may differ).
  const alg = getAnnotation(annotations, 'metricAggregationAlgorithm');
  if (cls?.value === KPA_CLASS && alg && alg.value !== '') {
    if (!['linear', 'weighted-exponential', 'weightedExponential'].includes(alg.value)) invalidValue(alg.value, alg.key);
  }

  // initial-scale
  const init = getAnnotation(annotations, 'initialScale');
  if (init) {
    const n = /^[+-]?\d+$/.test(init.value) ? Number(init.value) : undefined;
    if (n === undefined) invalidValue(init.value, init.key);
    else if (n < 0) generic(`invalid value: ${init.value}: ${init.key} must be greater than 0`, init.key);
    else if (n === 0 && !cfg.allowZeroInitialScale) {
      generic(`invalid value: ${init.value}: ${init.key}=0 not allowed by cluster`, init.key);
    }
  }
  return causes;
}
