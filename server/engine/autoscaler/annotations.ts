/**
 * The `autoscaling.knative.dev/*` annotation keys, each with the older
 * camelCase spelling Knative still accepts (pkg/apis/autoscaling/register.go,
 * kmap.KeyPriority: the first key present wins).
 */

const G = 'autoscaling.knative.dev/';

export const KEYS = {
  class: [`${G}class`],
  metric: [`${G}metric`],
  target: [`${G}target`],
  targetUtilizationPercentage: [`${G}target-utilization-percentage`, `${G}targetUtilizationPercentage`],
  targetBurstCapacity: [`${G}target-burst-capacity`, `${G}targetBurstCapacity`],
  window: [`${G}window`],
  panicWindowPercentage: [`${G}panic-window-percentage`, `${G}panicWindowPercentage`],
  panicThresholdPercentage: [`${G}panic-threshold-percentage`, `${G}panicThresholdPercentage`],
  minScale: [`${G}min-scale`, `${G}minScale`],
  maxScale: [`${G}max-scale`, `${G}maxScale`],
  initialScale: [`${G}initial-scale`, `${G}initialScale`],
  activationScale: [`${G}activation-scale`],
  scaleDownDelay: [`${G}scale-down-delay`, `${G}scaleDownDelay`],
  scaleToZeroPodRetentionPeriod: [`${G}scale-to-zero-pod-retention-period`, `${G}scaleToZeroPodRetentionPeriod`],
  metricAggregationAlgorithm: [`${G}metric-aggregation-algorithm`, `${G}metricAggregationAlgorithm`],
} as const;

export type KeyName = keyof typeof KEYS;

export const KPA_CLASS = 'kpa.autoscaling.knative.dev';
export const HPA_CLASS = 'hpa.autoscaling.knative.dev';

/** The first of a setting's keys present in `annotations`, with its value. */
export function getAnnotation(
  annotations: Record<string, string> | undefined,
  name: KeyName,
): { key: string; value: string } | undefined {
  if (!annotations) return undefined;
  for (const key of KEYS[name]) {
    if (Object.prototype.hasOwnProperty.call(annotations, key)) return { key, value: annotations[key] };
  }
  return undefined;
}

/** Go's strconv.ParseFloat for the decimal forms people write; undefined on error. */
export function parseFloatStrict(s: string): number | undefined {
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

export const INT32_MAX = 2 ** 31 - 1;

/** Go's strconv.ParseInt(s, 10, 32): `range` when the digits overflow int32. */
export function parseInt32(s: string): { value: number } | { error: 'syntax' | 'range' } {
  if (!/^[+-]?\d+$/.test(s)) return { error: 'syntax' };
  const n = Number(s);
  if (n > INT32_MAX || n < -(2 ** 31)) return { error: 'range' };
  return { value: n };
}
