import { getCondition, setCondition, summarize, type Condition } from '../../controller/conditions';
import { startController, toControllingOwner } from '../../controller/controller';
import type { KubeObject } from '../../resources/types';
import type { Store } from '../../store/store';
import { GR, isCopyableAnnotation, L, SERVING_API } from '../labels';
import { trafficMigrated } from '../traffic/resolve';
import type { TrafficTarget } from '../validation/traffic';
import { ensureChild, ownerRef } from '../../controller/children';
import { writeStatus } from './children';

/* eslint-disable @typescript-eslint/no-explicit-any -- Knative objects are open JSON here */

const childMeta = (svc: KubeObject) => {
  const annotations = Object.fromEntries(Object.entries(svc.metadata.annotations ?? {}).filter(([k]) => isCopyableAnnotation(k)));
  return {
    name: svc.metadata.name,
    namespace: svc.metadata.namespace,
    labels: { ...svc.metadata.labels, [L.service]: svc.metadata.name },
    ...(Object.keys(annotations).length ? { annotations } : {}),
    ownerReferences: [ownerRef(svc)],
  };
};

/** resources.MakeConfiguration: the Service's template under its own name. */
export const makeConfiguration = (svc: KubeObject): KubeObject => ({
  apiVersion: SERVING_API,
  kind: 'Configuration',
  metadata: childMeta(svc),
  spec: { template: structuredClone(svc.spec?.template ?? {}) },
});

/** resources.MakeRoute: the Service's traffic, with latestRevision targets naming its Configuration. */
export const makeRoute = (svc: KubeObject): KubeObject => ({
  apiVersion: SERVING_API,
  kind: 'Route',
  metadata: childMeta(svc),
  spec: {
    traffic: (svc.spec?.traffic ?? []).map((t: TrafficTarget) =>
      t.revisionName ? { ...t } : { ...t, configurationName: svc.metadata.name, latestRevision: true },
    ),
  },
});

type Status = 'True' | 'False' | 'Unknown';
const mark = (conds: Condition[], type: string, status: Status, reason?: string, message?: string) =>
  setCondition(conds, { type, status, reason, message });

/** Service → Configuration + Route (same name, owned); status inlines both (service.go). */
export function startServiceReconciler(store: Store) {
  return startController({
    name: 'service',
    store,
    gr: GR.services,
    watches: [
      { gr: GR.configurations, map: toControllingOwner('Service') },
      { gr: GR.routes, map: toControllingOwner('Service') },
    ],
    reconcile({ namespace, name }) {
      const svc = store.get(GR.services, namespace, name);
      if (!svc) return;
      const cfg = ensureChild(store, GR.configurations, svc, makeConfiguration(svc));
      const route = ensureChild(store, GR.routes, svc, makeRoute(svc));
      const status: any = { ...svc.status, observedGeneration: svc.metadata.generation };
      let conds: Condition[] = status.conditions ?? [];

      const c = cfg.obj;
      if (cfg.notOwned) {
        conds = mark(conds, 'ConfigurationsReady', 'False', 'NotOwned', `There is an existing Configuration "${name}" that we do not own.`);
      } else if (c.status?.observedGeneration !== c.metadata.generation) {
        conds = mark(conds, 'ConfigurationsReady', 'Unknown', 'OutOfDate', 'The Configuration is still working to reflect the latest desired specification.');
      } else {
        status.latestReadyRevisionName = c.status?.latestReadyRevisionName;
        status.latestCreatedRevisionName = c.status?.latestCreatedRevisionName;
        conds = propagate(conds, 'ConfigurationsReady', getCondition(c.status?.conditions, 'Ready'));
      }

      const r = route.obj;
      if (route.notOwned) {
        conds = mark(conds, 'RoutesReady', 'False', 'NotOwned', `There is an existing Route "${name}" that we do not own.`);
      } else if (r.status?.observedGeneration !== r.metadata.generation) {
        conds = mark(conds, 'RoutesReady', 'Unknown', 'OutOfDate', 'The Route is still working to reflect the latest desired specification.');
      } else {
        for (const k of ['url', 'address', 'traffic'] as const) {
          if (r.status?.[k] !== undefined) status[k] = r.status[k];
          else delete status[k];
        }
        conds = propagate(conds, 'RoutesReady', getCondition(r.status?.conditions, 'Ready'));
        if (!trafficMigrated(r.spec?.traffic ?? [], r.status?.traffic, name, c.status?.latestReadyRevisionName)) {
          conds = mark(conds, 'RoutesReady', 'Unknown', 'TrafficNotMigrated', 'Traffic is not yet migrated to the latest revision.');
        }
      }
      status.conditions = summarize(conds, ['ConfigurationsReady', 'RoutesReady']);
      for (const k of Object.keys(status)) if (status[k] === undefined) delete status[k];
      writeStatus(store, GR.services, svc, status);
    },
  });
}

/** PropagateConfigurationStatus / PropagateRouteStatus: the child's Ready becomes our condition. */
function propagate(conds: Condition[], type: string, ready: Condition | undefined): Condition[] {
  if (!ready) return mark(conds, type, 'Unknown');
  return mark(conds, type, ready.status, ready.reason, ready.message);
}
