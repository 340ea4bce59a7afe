import type { AutoscalerConfig, MetricName } from './config';

export const TARGET_MIN = 0.01;

export interface MetricTarget {
  /** What the autoscaler aims for per pod (TargetValue). */
  target: number;
  /** The most a pod may take (TotalValue), before utilisation; used for burst capacity. */
  total: number;
}

/**
 * Knative's ResolveMetricTarget (pkg/reconciler/autoscaling/resources/target.go):
 * concurrency aims at containerConcurrency (or 100 when unlimited), rps at 200,
 * an explicit `target` overrides that but never above containerConcurrency,
 * and utilisation (70% unless annotated) turns the total into the target.
 */
export function resolveMetricTarget(
  input: { metric: MetricName; containerConcurrency: number; target?: number; targetUtilization?: number },
  cfg: Pick<
    AutoscalerConfig,
    'rpsTargetDefault' | 'targetUtilization' | 'containerConcurrencyTargetDefault' | 'containerConcurrencyTargetFraction'
  >,
): MetricTarget {
  let total: number;
  let tu: number;
  if (input.metric === 'rps') {
    total = cfg.rpsTargetDefault;
    tu = cfg.targetUtilization;
  } else {
    total = input.containerConcurrency > 0 ? input.containerConcurrency : cfg.containerConcurrencyTargetDefault;
    tu = cfg.containerConcurrencyTargetFraction;
  }
  if (input.target !== undefined) {
    total = input.target;
    if (input.metric === 'concurrency' && input.containerConcurrency > 0) {
      // Never aim above what the container accepts.
      total = Math.min(input.target, input.containerConcurrency);
    }
  }
  if (input.targetUtilization !== undefined) tu = input.targetUtilization;
  return { target: Math.max(TARGET_MIN, total * tu), total };
}
