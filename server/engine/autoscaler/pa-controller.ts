import { getCondition, isTrue, setCondition, summarize, type Condition } from '../controller/conditions';
import { startController, type Controller, type ObjectKey } from '../controller/controller';
import type { KubeObject } from '../resources/types';
import type { Store } from '../store/store';
import { KPA_CLASS } from './annotations';
import { ACTIVATION_TIMEOUT_BUFFER_MS, parseRevisionAutoscaling, type AutoscalerConfig } from './config';
import type { AutoscalerMetrics, RevisionLabels } from './metrics';
import type { Decision } from './multiscaler';
import { POD_GR, REVISION_LABEL, type PodTracker } from './pod-tracker';
import { makeDeciderSpec, type DeciderSpec } from './scale';
import {
  activatorMode,
  activeThreshold,
  computeActiveCondition,
  decideScale,
  type ActivatorMode,
  type ConditionStatus,
} from './scale-to-zero';
import type { RevisionKey } from './stat';

export const PA_GR = 'autoscaling.internal.knative.dev/podautoscalers';
export const DEPLOYMENT_GR = 'apps/deployments';

const PA_CONDITIONS = ['Active', 'ScaleTargetInitialized', 'SKSReady'];

/** What the controller needs of the scaler loop (MultiScaler). */
export interface ScalerPort {
  upsert(rev: RevisionKey, spec: DeciderSpec, labels: RevisionLabels): Decision;
  remove(rev: RevisionKey): void;
}

export interface PaControllerOptions {
  store: Store;
  config: AutoscalerConfig;
  scaler: ScalerPort;
  pods: PodTracker;
  metrics?: AutoscalerMetrics;
  clock?: () => number;
}

export interface PaController {
  enqueue(rev: RevisionKey): void;
  /** Ready pods of a revision: its labelled Ready pods, else its Deployment's status.readyReplicas. */
  readyPods(rev: RevisionKey): number;
  /** Whether the activator should be in the revision's request path. */
  activatorMode(rev: RevisionKey): ActivatorMode;
  stop(): void;
}

const keyOf = (k: RevisionKey) => `${k.namespace}/${k.name}`;

export function labelsOf(pa: KubeObject): RevisionLabels {
  const l = pa.metadata.labels ?? {};
  return {
    namespace_name: pa.metadata.namespace ?? '',
    configuration_name: l['serving.knative.dev/configuration'] ?? '',
    revision_name: l[REVISION_LABEL] ?? pa.metadata.name,
    service_name: l['serving.knative.dev/service'] ?? '',
  };
}

/**
 * The KPA reconciler (Knative's pkg/reconciler/autoscaling/kpa): for each
 * PodAutoscaler, keeps a scaler with the revision's settings, applies its
 * decision to the Deployment named by spec.scaleTargetRef (min/max/initial
 * scale, scale to zero after the stable window and grace period), decides
 * whether the activator stays in the path, and reports desiredScale,
 * actualScale and the Active / ScaleTargetInitialized / SKSReady / Ready
 * conditions with Knative's reasons.
 */
export function startPaController(opts: PaControllerOptions): PaController {
  const { store, config: cfg, scaler, pods, metrics } = opts;
  const clock = opts.clock ?? Date.now;
  /** Deployment name per revision, to map Deployment events back and read readyReplicas. */
  const targets = new Map<string, { namespace: string; deployment: string }>();
  const modes = new Map<string, { mode: ActivatorMode; since: number }>();
  const labels = new Map<string, RevisionLabels>();

  const readyPods = (rev: RevisionKey) => {
    if (pods.known(rev) > 0) return pods.ready(rev);
    const t = targets.get(keyOf(rev));
    const dep = t ? store.get(DEPLOYMENT_GR, t.namespace, t.deployment) : undefined;
    return Number(dep?.status?.readyReplicas ?? 0);
  };

  function forget(rev: RevisionKey) {
    const k = keyOf(rev);
    // A pod event can name a revision whose PA does not exist yet; load
    // reported for it meanwhile must survive until the PA arrives.
    if (!labels.has(k)) return;
    scaler.remove(rev);
    const l = labels.get(k);
    if (l) metrics?.remove(l);
    labels.delete(k);
    modes.delete(k);
    targets.delete(k);
  }

  function reconcile(rev: ObjectKey) {
    const k = keyOf(rev);
    const pa = store.get(PA_GR, rev.namespace, rev.name);
    if (!pa) return forget(rev);
    if (pa.metadata.deletionTimestamp) return;
    const now = clock();
    const settings = parseRevisionAutoscaling(pa.metadata.annotations, cfg);
    const status = structuredClone(pa.status ?? {});
    let conditions: Condition[] = status.conditions ?? [];
    for (const type of [...PA_CONDITIONS, 'Ready']) {
      if (!getCondition(conditions, type)) conditions = setCondition(conditions, { type, status: 'Unknown' });
    }

    if (settings.class !== KPA_CLASS) {
      // Only the KPA exists here; say so rather than leave the revision waiting silently.
      conditions = setCondition(conditions, {
        type: 'Active',
        status: 'False',
        reason: 'UnsupportedClass',
        message: `The autoscaler class "${settings.class}" is not available on this engine; use "${KPA_CLASS}".`,
      });
      writeStatus(pa, { ...status, conditions: summarize(conditions, PA_CONDITIONS) });
      return;
    }

    const reachable = pa.spec?.reachability !== 'Unreachable';
    const spec = makeDeciderSpec(settings, Number(pa.spec?.containerConcurrency ?? 0), reachable, cfg);
    const l = labelsOf(pa);
    labels.set(k, l);
    const deploymentName: string | undefined = pa.spec?.scaleTargetRef?.name;
    if (deploymentName) targets.set(k, { namespace: rev.namespace, deployment: deploymentName });
    const decision = scaler.upsert(rev, spec, l);

    const activeCond = getCondition(conditions, 'Active')!;
    const active = {
      status: activeCond.status as ConditionStatus,
      sinceMs: Date.parse(activeCond.lastTransitionTime ?? '') || now,
    };
    const initialized = isTrue(conditions, 'ScaleTargetInitialized');
    const minScale = reachable ? settings.minScale : 0;
    const mode = modes.get(k);
    const outcome = decideScale({
      now,
      desiredScale: decision.desiredScale,
      active,
      scaleTargetInitialized: initialized,
      minScale,
      maxScale: settings.maxScale,
      initialScale: settings.initialScale,
      enableScaleToZero: cfg.enableScaleToZero,
      stableWindowMs: settings.stableWindowMs,
      gracePeriodMs: cfg.scaleToZeroGracePeriodMs,
      retentionMs: settings.scaleToZeroPodRetentionPeriodMs,
      activationTimeoutMs: cfg.progressDeadlineMs + ACTIVATION_TIMEOUT_BUFFER_MS,
      // The data plane reads activatorMode() on every request, so Proxy takes effect at once.
      activatorInPath: settings.targetBurstCapacity === -1 || mode?.mode === 'Proxy',
      proxySinceMs: mode?.mode === 'Proxy' ? mode.since : undefined,
    });

    const deployment = deploymentName ? store.get(DEPLOYMENT_GR, rev.namespace, deploymentName) : undefined;
    if (outcome.replicas !== undefined && deployment) {
      const current = deployment.spec?.replicas ?? 1;
      if (current !== outcome.replicas) {
        store.update(DEPLOYMENT_GR, { ...deployment, spec: { ...deployment.spec, replicas: outcome.replicas } }, { keepStatus: true });
      }
    }

    const want = outcome.want;
    const nextMode = activatorMode(want, decision.excessBurstCapacity, active.status === 'False');
    if (mode?.mode !== nextMode) modes.set(k, { mode: nextMode, since: now });

    const ready = readyPods(rev);
    status.serviceName = rev.name;
    status.metricsServiceName = `${rev.name}-private`;
    // The engine's data plane is in-process: the "ServerlessService" is ready as soon as the PA is reconciled.
    conditions = setCondition(conditions, { type: 'SKSReady', status: 'True' });
    // A transient −1 (a scaler without data yet) does not hide a known desired scale.
    if (!(want < 0 && typeof status.desiredScale === 'number' && status.desiredScale >= 0)) status.desiredScale = want;
    status.actualScale = ready;
    metrics?.recordPods(l, ready, want);

    const minReady = activeThreshold(minScale, settings.initialScale, initialized);
    if (ready >= minReady) conditions = setCondition(conditions, { type: 'ScaleTargetInitialized', status: 'True' });
    const nextActive = computeActiveCondition(want, ready, minReady, active.status);
    if (nextActive) conditions = setCondition(conditions, { type: 'Active', ...nextActive });
    writeStatus(pa, {
      ...status,
      observedGeneration: pa.metadata.generation,
      conditions: summarize(conditions, PA_CONDITIONS),
    });
    return outcome.requeueAfterMs !== undefined ? { requeueAfterMs: Math.max(1, Math.ceil(outcome.requeueAfterMs)) } : undefined;
  }

  function writeStatus(pa: KubeObject, status: Record<string, unknown>) {
    // Only this controller writes PA status, so no resourceVersion: a concurrent spec change must not fail it.
    const metadata = { ...pa.metadata };
    delete metadata.resourceVersion;
    store.update(PA_GR, { ...pa, metadata, status }, { status: true });
  }

  const controller: Controller = startController({
    name: 'podautoscaler',
    store,
    gr: PA_GR,
    watches: [
      { gr: POD_GR, map: (pod) => byRevisionLabel(pod) },
      {
        gr: DEPLOYMENT_GR,
        map: (dep) => {
          const byLabel = byRevisionLabel(dep);
          if (byLabel.length) return byLabel;
          const out: ObjectKey[] = [];
          for (const [k, t] of targets) {
            if (t.namespace === dep.metadata.namespace && t.deployment === dep.metadata.name) {
              out.push({ namespace: t.namespace, name: k.slice(k.indexOf('/') + 1) });
            }
          }
          return out;
        },
      },
    ],
    reconcile,
  });

  return {
    enqueue: (rev) => controller.enqueue(rev),
    readyPods,
    activatorMode: (rev) => modes.get(keyOf(rev))?.mode ?? 'Proxy',
    stop: () => controller.stop(),
  };
}

function byRevisionLabel(obj: KubeObject): ObjectKey[] {
  const rev = obj.metadata.labels?.[REVISION_LABEL];
  return rev ? [{ namespace: obj.metadata.namespace ?? '', name: rev }] : [];
}
