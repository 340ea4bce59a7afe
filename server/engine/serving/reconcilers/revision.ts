import { revisionInitialScale, type AutoscalerConfig } from '../../autoscaler/config';
import { getCondition, setCondition, summarize, type Condition } from '../../controller/conditions';
import { startController, toControllingOwner } from '../../controller/controller';
import type { KubeObject } from '../../resources/types';
import type { Store } from '../../store/store';
import { GR, L } from '../labels';
import { deploymentNameFor } from '../names';
import { USER_CONTAINER } from '../validation/revision-spec';
import { ensureChild, ownerRef } from '../../controller/children';
import { writeStatus } from './children';

/* eslint-disable @typescript-eslint/no-explicit-any -- Knative and apps/v1 objects are open JSON here */

const KPA_CLASS = 'kpa.autoscaling.knative.dev';
const notCopied = new Set<string>([L.routingState, L.routingStateModified, 'kubectl.kubernetes.io/last-applied-configuration']);
const filtered = (m: Record<string, string> | undefined) => Object.fromEntries(Object.entries(m ?? {}).filter(([k]) => !notCopied.has(k)));

function podLabels(rev: KubeObject) {
  return { ...filtered(rev.metadata.labels), [L.revision]: rev.metadata.name, [L.revisionUID]: rev.metadata.uid!, app: rev.metadata.name };
}

/** resources.MakeDeployment: one `user-container` with Knative's env; the data plane plays queue-proxy. */
export function makeDeployment(rev: KubeObject, replicas: number): KubeObject {
  const labels = podLabels(rev);
  const annotations = filtered(rev.metadata.annotations);
  const spec = rev.spec ?? {};
  const l = rev.metadata.labels ?? {};
  const knativeEnv = [
    { name: 'K_REVISION', value: rev.metadata.name },
    { name: 'K_CONFIGURATION', value: l[L.configuration] ?? '' },
    { name: 'K_SERVICE', value: l[L.service] ?? '' },
  ];
  const containers = (spec.containers ?? []).map((c: any, i: number) => ({
    ...c,
    name: c.name || (i === 0 ? USER_CONTAINER : `${USER_CONTAINER}-${i}`),
    env: [...(c.env ?? []), ...knativeEnv],
  }));
  const { containerConcurrency: _cc, timeoutSeconds, responseStartTimeoutSeconds: _r, idleTimeoutSeconds: _i, ...podSpec } = spec;
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name: deploymentNameFor(rev.metadata.name),
      namespace: rev.metadata.namespace,
      labels,
      ...(Object.keys(annotations).length ? { annotations } : {}),
      ownerReferences: [ownerRef(rev)],
    },
    spec: {
      replicas,
      selector: { matchLabels: { [L.revisionUID]: rev.metadata.uid } },
      progressDeadlineSeconds: 600,
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: '25%' } },
      template: {
        metadata: { labels, ...(Object.keys(annotations).length ? { annotations } : {}) },
        spec: { ...podSpec, containers, terminationGracePeriodSeconds: timeoutSeconds ?? 300 },
      },
    },
  };
}

/** resources.MakePA: reachability follows the routing state the Route's labeler set. */
export function makePA(rev: KubeObject): KubeObject {
  const state = rev.metadata.labels?.[L.routingState];
  const l = rev.metadata.labels ?? {};
  return {
    apiVersion: 'autoscaling.internal.knative.dev/v1alpha1',
    kind: 'PodAutoscaler',
    metadata: {
      name: rev.metadata.name,
      namespace: rev.metadata.namespace,
      labels: {
        ...(l[L.service] ? { [L.service]: l[L.service] } : {}),
        [L.configuration]: l[L.configuration] ?? '',
        [L.revision]: rev.metadata.name,
      },
      annotations: { [L.autoscalerClass]: KPA_CLASS, ...filtered(rev.metadata.annotations) },
      ownerReferences: [ownerRef(rev)],
    },
    spec: {
      containerConcurrency: rev.spec?.containerConcurrency ?? 0,
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: deploymentNameFor(rev.metadata.name) },
      reachability: state === 'active' ? 'Reachable' : state === 'reserve' ? 'Unreachable' : '',
      protocolType: 'http1',
    },
  };
}

const byRevisionLabel = (obj: KubeObject) => {
  const rev = obj.metadata.labels?.[L.revision];
  return rev ? [{ namespace: obj.metadata.namespace ?? '', name: rev }] : [];
};

/**
 * Revision → Deployment + PodAutoscaler (pkg/reconciler/revision): Ready is
 * ResourcesAvailable ∧ ContainerHealthy; Active mirrors the PodAutoscaler and
 * stays out of Ready, so a revision at zero is Ready with Active=False NoTraffic.
 */
export function startRevisionReconciler(store: Store, autoscaling: AutoscalerConfig) {
  return startController({
    name: 'revision',
    store,
    gr: GR.revisions,
    watches: [
      { gr: GR.deployments, map: toControllingOwner('Revision') },
      { gr: GR.podautoscalers, map: toControllingOwner('Revision') },
      { gr: GR.pods, map: byRevisionLabel },
    ],
    reconcile({ namespace, name }) {
      const rev = store.get(GR.revisions, namespace, name);
      if (!rev) return;
      const status: any = { ...rev.status, observedGeneration: rev.metadata.generation };
      let conds: Condition[] = status.conditions ?? [];
      const mark = (type: string, s: 'True' | 'False' | 'Unknown', reason?: string, message?: string) => {
        conds = setCondition(conds, { type, status: s, reason, message });
      };
      if (!getCondition(conds, 'ResourcesAvailable')) mark('ResourcesAvailable', 'Unknown', 'Deploying');
      if (!getCondition(conds, 'ContainerHealthy')) mark('ContainerHealthy', 'Unknown', 'Deploying');

      const initial = revisionInitialScale(rev.metadata.annotations ?? {}, autoscaling);
      const dep = ensureChild(store, GR.deployments, rev, makeDeployment(rev, initial), (want, have) => {
        want.spec.replicas = have.spec?.replicas ?? initial; // the autoscaler owns replicas from now on
      });
      if (dep.notOwned) {
        mark('ResourcesAvailable', 'False', 'NotOwned', `There is an existing Deployment "${dep.obj.metadata.name}" that we do not own.`);
      } else {
        const d = dep.obj;
        const want = d.spec?.replicas ?? 0;
        if (want > 0 && !(d.status?.availableReplicas > 0)) {
          const pods = store.list(GR.pods, namespace).filter((p) => p.metadata.labels?.[L.revision] === name);
          const cs = pods.map((p) => p.status?.containerStatuses?.[0]).find((s) => s?.lastState?.terminated);
          if (cs) {
            const t = cs.lastState.terminated;
            mark('ContainerHealthy', 'False', `ExitCode${t.exitCode}`, `Container failed with: ${t.message || 'container exited with no error'}`);
          }
        }
        if (d.status?.readyReplicas > 0) mark('ContainerHealthy', 'True');
      }

      const pa = ensureChild(store, GR.podautoscalers, rev, makePA(rev));
      if (pa.notOwned) {
        mark('ResourcesAvailable', 'False', 'NotOwned', `There is an existing PodAutoscaler "${name}" that we do not own.`);
      } else {
        propagateAutoscalerStatus(pa.obj.status, conds, mark, status, dep.obj);
      }
      status.conditions = summarize(conds, ['ResourcesAvailable', 'ContainerHealthy']);
      for (const k of Object.keys(status)) if (status[k] === undefined) delete status[k];
      writeStatus(store, GR.revisions, rev, status);
    },
  });
}

/** RevisionStatus.PropagateAutoscalerStatus (revision_lifecycle.go). */
function propagateAutoscalerStatus(
  ps: any,
  conds: Condition[],
  mark: (type: string, s: 'True' | 'False' | 'Unknown', reason?: string, message?: string) => void,
  status: any,
  deployment: KubeObject,
) {
  status.actualReplicas = typeof ps?.actualScale === 'number' && ps.actualScale >= 0 ? ps.actualScale : undefined;
  status.desiredReplicas = typeof ps?.desiredScale === 'number' && ps.desiredScale >= 0 ? ps.desiredScale : undefined;
  const ready = getCondition(ps?.conditions, 'Ready');
  if (!ready) {
    mark('Active', 'Unknown', 'Deploying');
    return;
  }
  const resUnavailable = getCondition(conds, 'ResourcesAvailable')?.status === 'False';
  const init = getCondition(ps?.conditions, 'ScaleTargetInitialized');
  // Without that condition (an older autoscaler), a ready pod is the same evidence.
  const initialized = init ? init.status === 'True' : deployment.status?.readyReplicas > 0;
  if (initialized && !resUnavailable) {
    mark('ResourcesAvailable', 'True');
    mark('ContainerHealthy', 'True');
  }
  if (ready.status === 'False') {
    if (!initialized && !resUnavailable && ps?.serviceName) {
      mark('ResourcesAvailable', 'False', 'ProgressDeadlineExceeded', 'Initial scale was never achieved');
    }
    mark('Active', 'False', ready.reason, ready.message);
  } else if (ready.status === 'True') mark('Active', 'True');
  else mark('Active', 'Unknown', ready.reason, ready.message);
}
