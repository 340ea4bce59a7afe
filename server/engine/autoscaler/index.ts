/*
 * Notes for the serving engineer (how serving and the data plane meet the autoscaler):
 *
 * - Call `startAutoscaler(ctx)` from startServing and `await autoscaler.stop()` in its stop().
 * - Data plane: every second, for every READY pod of a revision (zeros included),
 *   `autoscaler.sink.record({namespace, name: revision}, {podName, averageConcurrency,
 *   requestCount, averageProxiedConcurrency, proxiedRequestCount})`, where the proxied
 *   parts are the requests that came through the activator. The activator reports its own
 *   load every second under podName `activator`, and on the first request for a revision
 *   at zero sends `{podName:'activator', averageConcurrency:1, requestCount:1}` at once plus
 *   `sink.poke(rev)` (Knative's concurrency_reporter), then subtracts that request from
 *   its next report.
 * - `autoscaler.activatorMode(rev)` is the ServerlessService mode: 'Proxy' = route the
 *   revision's requests through the activator (buffering), 'Serve' = straight to pods.
 *   It is 'Proxy' at zero, while burst capacity is short (with defaults: < 3 pods at
 *   CC=0), and for revisions the autoscaler has not reconciled yet.
 * - PodAutoscaler per revision (gr `autoscaling.internal.knative.dev/podautoscalers`),
 *   as Knative's MakePA: name = revision name, same namespace, ownerReference to the
 *   Revision, labels serving.knative.dev/{service,configuration,revision}, annotations
 *   copied from the revision, spec {containerConcurrency, scaleTargetRef: {apiVersion:
 *   'apps/v1', kind: 'Deployment', name: <deployment>}, reachability: 'Reachable' |
 *   'Unreachable' (referenced by a route or not), protocolType: 'http1'}.
 *   This controller writes its status (desiredScale, actualScale, serviceName,
 *   metricsServiceName, conditions Active/ScaleTargetInitialized/SKSReady/Ready).
 *   The Revision mirrors it: Active from PA Active (reason NoTraffic when scaled to zero),
 *   actualReplicas/desiredReplicas from actualScale/desiredScale.
 * - Deployment: create it with `spec.replicas = revisionInitialScale(annotations,
 *   autoscaler.config)` and label `serving.knative.dev/revision`; afterwards this
 *   controller owns spec.replicas: when you update the Deployment (template changes),
 *   keep the stored replicas. Pods need the `serving.knative.dev/revision` label and a
 *   Ready condition; ready pods are counted from them (else the Deployment's
 *   status.readyReplicas).
 * - Admission for Service/Configuration/Revision: `validateAutoscalingAnnotations(
 *   annotations, 'spec.template.metadata.annotations', autoscaler.config)` (for a
 *   Revision the prefix is 'metadata.annotations'); without a config argument it uses
 *   Knative's defaults, so it can run in resources/*.ts admission without the engine.
 * - Env vars for fast tests: see config.ts (ENGINE_SCALE_TO_ZERO_GRACE_PERIOD,
 *   ENGINE_STABLE_WINDOW, ENGINE_ENABLE_SCALE_TO_ZERO); per revision use the
 *   `autoscaling.knative.dev/window: 6s` annotation.
 */
import type { EngineContext, EnginePart } from '../context';
import { loadAutoscalerConfig, type AutoscalerConfig } from './config';
import { AutoscalerMetrics } from './metrics';
import { MultiScaler } from './multiscaler';
import { startPaController, type PaController } from './pa-controller';
import { startPodTracker } from './pod-tracker';
import type { ActivatorMode } from './scale-to-zero';
import type { MetricSink, RevisionKey } from './stat';

export { revisionInitialScale, validateAutoscalingAnnotations, type AutoscalerConfig } from './config';
export type { ActivatorMode } from './scale-to-zero';
export type { MetricSink, RevisionKey, Stat } from './stat';

export interface Autoscaler extends EnginePart {
  /** Where the data plane reports load. */
  sink: MetricSink;
  /** 'Proxy' when the activator must be in the revision's path, 'Serve' when pods take traffic directly. */
  activatorMode(rev: RevisionKey): ActivatorMode;
  /** The cluster settings in force (defaults plus ENGINE_* overrides). */
  config: AutoscalerConfig;
}

export function startAutoscaler(
  ctx: Pick<EngineContext, 'store' | 'registry'>,
  opts: { env?: Record<string, string | undefined> } = {},
): Autoscaler {
  const config = loadAutoscalerConfig(opts.env);
  const metrics = new AutoscalerMetrics(ctx.registry);
  const pods = startPodTracker(ctx.store);
  // The scaler and the controller call each other: the scaler asks for ready
  // pods and announces decisions, the controller feeds it specs.
  const late: { controller?: PaController } = {};
  const scaler = new MultiScaler({
    readyPods: (rev) => late.controller?.readyPods(rev) ?? pods.ready(rev),
    onDecision: (rev) => late.controller?.enqueue(rev),
    metrics,
  });
  const ctl = startPaController({ store: ctx.store, config, scaler, pods, metrics });
  late.controller = ctl;
  return {
    // Bound, so the data plane may pass `sink.record` around.
    sink: { record: (rev, stat, now) => scaler.record(rev, stat, now), poke: (rev) => scaler.poke(rev) },
    config,
    activatorMode: (rev) => ctl.activatorMode(rev),
    async stop() {
      ctl.stop();
      scaler.stop();
      pods.stop();
      metrics.close();
    },
  };
}
