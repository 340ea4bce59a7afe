import { Gauge, type Registry } from 'prom-client';
import type { MetricName } from './config';

/** The labels Knative puts on autoscaler metrics (pkg/metrics RevisionContext). */
export interface RevisionLabels {
  namespace_name: string;
  configuration_name: string;
  revision_name: string;
  service_name: string;
}

const LABELS = ['namespace_name', 'configuration_name', 'revision_name', 'service_name'] as const;

const DEFS = {
  desired: ['autoscaler_desired_pods', 'Number of pods autoscaler wants to allocate'],
  requested: ['autoscaler_requested_pods', 'Number of pods autoscaler requested from Kubernetes'],
  actual: ['autoscaler_actual_pods', 'Number of pods that are allocated currently'],
  stableConcurrency: ['autoscaler_stable_request_concurrency', 'Average of requests count per observed pod over the stable window'],
  panicConcurrency: ['autoscaler_panic_request_concurrency', 'Average of requests count per observed pod over the panic window'],
  targetConcurrency: ['autoscaler_target_concurrency_per_pod', 'The desired number of concurrent requests for each pod'],
  stableRps: ['autoscaler_stable_requests_per_second', 'Average requests-per-second per observed pod over the stable window'],
  panicRps: ['autoscaler_panic_requests_per_second', 'Average requests-per-second per observed pod over the panic window'],
  targetRps: ['autoscaler_target_requests_per_second', 'The desired requests-per-second for each pod'],
  ebc: ['autoscaler_excess_burst_capacity', 'Excess burst capacity overserved over the stable window'],
  panic: ['autoscaler_panic_mode', '1 if autoscaler is in panic mode, 0 otherwise'],
} as const;

type Key = keyof typeof DEFS;

/**
 * The autoscaler's Prometheus gauges under Knative's names, so the console
 * reads the same series from the engine or from a cluster's Prometheus.
 */
export class AutoscalerMetrics {
  private readonly gauges: Record<Key, Gauge<(typeof LABELS)[number]>>;
  private readonly owned: string[] = [];

  constructor(private readonly registry: Registry) {
    const gauges = {} as Record<Key, Gauge<(typeof LABELS)[number]>>;
    for (const [key, [name, help]] of Object.entries(DEFS) as [Key, readonly [string, string]][]) {
      // Reuse a gauge another autoscaler instance left registered (tests start several).
      const existing = registry.getSingleMetric(name) as Gauge<(typeof LABELS)[number]> | undefined;
      if (existing) gauges[key] = existing;
      else {
        gauges[key] = new Gauge({ name, help, labelNames: LABELS, registers: [registry] });
        this.owned.push(name);
      }
    }
    this.gauges = gauges;
  }

  /** One decision tick's figures. */
  recordDecision(
    labels: RevisionLabels,
    metric: MetricName,
    d: { stable: number; panic: number; target: number; excessBurstCapacity: number; desired: number; panicking: boolean },
  ) {
    const g = this.gauges;
    g.ebc.set(labels, d.excessBurstCapacity);
    g.desired.set(labels, d.desired);
    if (metric === 'rps') {
      g.stableRps.set(labels, d.stable);
      g.panicRps.set(labels, d.panic);
      g.targetRps.set(labels, d.target);
    } else {
      g.stableConcurrency.set(labels, d.stable);
      g.panicConcurrency.set(labels, d.panic);
      g.targetConcurrency.set(labels, d.target);
    }
    this.recordPanic(labels, d.panicking);
  }

  recordPanic(labels: RevisionLabels, panicking: boolean) {
    this.gauges.panic.set(labels, panicking ? 1 : 0);
  }

  /** What the PA reconciler saw: ready pods, and the scale it asked for (none while unknown). */
  recordPods(labels: RevisionLabels, actual: number, requested: number) {
    this.gauges.actual.set(labels, actual);
    if (requested >= 0) this.gauges.requested.set(labels, requested);
  }

  /** Drops every series of a revision (its PodAutoscaler is gone). */
  remove(labels: RevisionLabels) {
    for (const g of Object.values(this.gauges)) g.remove(labels);
  }

  /** Unregisters the gauges this instance created. */
  close() {
    for (const name of this.owned) this.registry.removeSingleMetric(name);
  }
}
