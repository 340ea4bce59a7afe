import { getCondition, setCondition, summarize, type Condition } from '../../controller/conditions';
import { startController } from '../../controller/controller';
import type { KubeObject } from '../../resources/types';
import type { Store } from '../../store/store';
import { GR, L } from '../labels';
import { clusterLocalUrl, routeUrl } from '../names';
import { resolveTraffic, type Readiness, type TrafficLookup } from '../traffic/resolve';
import type { TrafficTarget } from '../validation/traffic';
import { nowIso, writeStatus } from './children';

/* eslint-disable @typescript-eslint/no-explicit-any -- Knative objects are open JSON here */

const readiness = (obj: KubeObject): Readiness => (getCondition(obj.status?.conditions, 'Ready')?.status ?? 'Unknown') as Readiness;

/** Routes of a namespace that name `kind` `name` in their traffic. */
function routesReferring(store: Store, namespace: string, field: 'configurationName' | 'revisionName', name: string) {
  return store
    .list(GR.routes, namespace)
    .filter(
      (r) =>
        (r.spec?.traffic ?? []).some((t: TrafficTarget) => t[field] === name) ||
        (field === 'revisionName' && (r.status?.traffic ?? []).some((t: TrafficTarget) => t.revisionName === name)),
    )
    .map((r) => ({ namespace, name: r.metadata.name }));
}

/**
 * Route → traffic (pkg/reconciler/route): spec.traffic resolved to revisions
 * in status.traffic, which the data plane serves at status.url and the tag
 * URLs. Until every target resolves, the previous status.traffic keeps
 * serving. Also the labeler: revisions a route serves are `active`
 * (PodAutoscaler Reachable), ones no route serves any more `reserve`.
 */
export function startRouteReconciler(store: Store, ingressPort: number) {
  return startController({
    name: 'route',
    store,
    gr: GR.routes,
    watches: [
      { gr: GR.configurations, map: (c) => routesReferring(store, c.metadata.namespace ?? '', 'configurationName', c.metadata.name) },
      {
        gr: GR.revisions,
        map: (r) => [
          ...routesReferring(store, r.metadata.namespace ?? '', 'revisionName', r.metadata.name),
          ...routesReferring(store, r.metadata.namespace ?? '', 'configurationName', r.metadata.labels?.[L.configuration] ?? ''),
        ],
      },
    ],
    reconcile({ namespace, name }) {
      const route = store.get(GR.routes, namespace, name);
      if (!route) {
        syncRoutingState(store, namespace);
        return;
      }
      const lookup: TrafficLookup = {
        configuration(n) {
          const c = store.get(GR.configurations, namespace, n);
          return c && { latestReadyRevisionName: c.status?.latestReadyRevisionName, ready: readiness(c) };
        },
        revision(n) {
          const r = store.get(GR.revisions, namespace, n);
          return r && { ready: readiness(r) };
        },
      };
      const status: any = {
        ...route.status,
        observedGeneration: route.metadata.generation,
        url: routeUrl(name, namespace, ingressPort),
        address: { url: clusterLocalUrl(name, namespace) },
      };
      let conds: Condition[] = status.conditions ?? [];
      const resolution = resolveTraffic(route.spec?.traffic ?? [], lookup, (tag) => routeUrl(name, namespace, ingressPort, tag));
      if (resolution.ok) {
        status.traffic = resolution.traffic;
        conds = setCondition(conds, { type: 'AllTrafficAssigned', status: 'True' });
      } else {
        conds = setCondition(conds, { type: 'AllTrafficAssigned', ...resolution.condition });
      }
      conds = status.traffic
        ? setCondition(conds, { type: 'IngressReady', status: 'True' })
        : setCondition(conds, { type: 'IngressReady', status: 'Unknown', reason: 'IngressNotConfigured', message: 'Ingress has not yet been reconciled.' });
      conds = setCondition(conds, { type: 'CertificateProvisioned', status: 'True', reason: 'TLSNotEnabled', message: 'autoTLS is not enabled' });
      status.conditions = summarize(conds, ['AllTrafficAssigned', 'IngressReady', 'CertificateProvisioned']);
      writeStatus(store, GR.routes, route, status);
      syncRoutingState(store, namespace);
    },
  });
}

/** labeler.go: routingState per revision from every Route's served traffic in the namespace. */
function syncRoutingState(store: Store, namespace: string) {
  const served = new Set<string>();
  for (const r of store.list(GR.routes, namespace)) {
    for (const t of r.status?.traffic ?? []) if (t.revisionName) served.add(t.revisionName);
  }
  for (const rev of store.list(GR.revisions, namespace)) {
    const current = rev.metadata.labels?.[L.routingState];
    const want = served.has(rev.metadata.name) ? 'active' : current === 'active' ? 'reserve' : current;
    if (!want || want === current) continue;
    store.update(
      GR.revisions,
      {
        ...rev,
        metadata: {
          ...rev.metadata,
          labels: { ...rev.metadata.labels, [L.routingState]: want },
          annotations: { ...rev.metadata.annotations, [L.routingStateModified]: nowIso() },
        },
      },
      { keepStatus: true },
    );
  }
}
