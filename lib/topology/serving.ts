import { isPodReady, nodeId, readyStatus, refOf } from './ids';
import type { KObject, RevisionSummary, TopologyEdge, TopologyNode } from './types';

const REVISION_LABEL = 'serving.knative.dev/revision';
const SERVICE_LABEL = 'serving.knative.dev/service';

interface TrafficTarget {
  revisionName?: string;
  latestRevision?: boolean;
  percent?: number;
  tag?: string;
}

/** Ready pods per revision name, from the pods' `serving.knative.dev/revision` label. */
export function readyPodsByRevision(pods: KObject[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const pod of pods) {
    const rev = pod.metadata.labels?.[REVISION_LABEL];
    if (!rev || !isPodReady(pod)) continue;
    counts.set(rev, (counts.get(rev) ?? 0) + 1);
  }
  return counts;
}

/**
 * The service's traffic as it is served: status.traffic once the route has
 * reconciled, else the spec (with `latestRevision` resolved to the latest ready
 * revision, as Knative does), else the route's status.
 */
function trafficOf(svc: KObject, route: KObject | undefined): TrafficTarget[] {
  const status: TrafficTarget[] | undefined = svc.status?.traffic;
  if (status && status.length > 0) return status;
  const routeStatus: TrafficTarget[] | undefined = route?.status?.traffic;
  if (routeStatus && routeStatus.length > 0) return routeStatus;
  const spec: TrafficTarget[] = svc.spec?.traffic?.length ? svc.spec.traffic : [{ latestRevision: true, percent: 100 }];
  const latest: string | undefined = svc.status?.latestReadyRevisionName;
  return spec
    .map((t) => ({ ...t, revisionName: t.revisionName ?? (t.latestRevision !== false ? latest : undefined) }))
    .filter((t) => t.revisionName);
}

function revisionSummaries(svc: KObject, route: KObject | undefined, revisions: KObject[], pods: Map<string, number>): RevisionSummary[] {
  const byName = new Map<string, RevisionSummary>();
  for (const t of trafficOf(svc, route)) {
    const name = t.revisionName!;
    const prev = byName.get(name);
    // One revision may appear several times (e.g. 100% untagged + a 0% tag): sum percents, keep the tag.
    byName.set(name, {
      name,
      percent: (prev?.percent ?? 0) + (t.percent ?? 0),
      latest: (prev?.latest ?? false) || t.latestRevision === true,
      pods: pods.get(name) ?? 0,
      ...(prev?.tag || t.tag ? { tag: prev?.tag ?? t.tag } : {}),
    });
  }
  // The latest created revision is shown even without traffic: it is what a rollout is waiting on.
  const latestCreated: string | undefined = svc.status?.latestCreatedRevisionName;
  if (latestCreated && !byName.has(latestCreated) && revisions.some((r) => r.metadata.name === latestCreated)) {
    byName.set(latestCreated, { name: latestCreated, percent: 0, latest: false, pods: pods.get(latestCreated) ?? 0 });
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Service nodes, and with `revisionNodes` a node per revision behind a traffic edge. Without,
 * the revisions live only inside their service (its card lists each one's split).
 */
export function servingNodes(
  namespace: string,
  services: KObject[],
  revisions: KObject[],
  routes: KObject[],
  pods: KObject[],
  revisionNodes = true,
): { nodes: TopologyNode[]; edges: TopologyEdge[] } {
  const podCounts = readyPodsByRevision(pods);
  const revsByService = new Map<string, KObject[]>();
  for (const r of revisions) {
    const svc = r.metadata.labels?.[SERVICE_LABEL];
    if (svc) revsByService.set(svc, [...(revsByService.get(svc) ?? []), r]);
  }
  const routeByName = new Map(routes.map((r) => [r.metadata.name ?? '', r]));
  const revByName = new Map(revisions.map((r) => [r.metadata.name ?? '', r]));

  const nodes: TopologyNode[] = [];
  const edges: TopologyEdge[] = [];
  for (const svc of services) {
    const name = svc.metadata.name ?? '';
    const id = nodeId('Service', namespace, name);
    const owned = revsByService.get(name) ?? [];
    const revs = revisionSummaries(svc, routeByName.get(name), owned, podCounts);
    // Pods of every revision count, including ones draining without traffic.
    const podCount = owned.reduce((n, r) => n + (podCounts.get(r.metadata.name ?? '') ?? 0), 0);
    nodes.push({
      id,
      data: {
        kind: 'service',
        resourceKind: 'Service',
        name,
        namespace,
        ref: refOf(svc, 'serving.knative.dev/v1', 'Service', namespace),
        status: readyStatus(svc),
        ...(svc.status?.url ? { url: svc.status.url as string } : {}),
        podCount,
        revisions: revs,
        version: '',
      },
    });
    if (!revisionNodes) continue;
    for (const rev of revs) {
      const revId = nodeId('Revision', namespace, rev.name);
      const revObj = revByName.get(rev.name);
      nodes.push({
        id: revId,
        data: {
          kind: 'revision',
          resourceKind: 'Revision',
          name: rev.name,
          namespace,
          ...(revObj ? { ref: refOf(revObj, 'serving.knative.dev/v1', 'Revision', namespace) } : {}),
          status: readyStatus(revObj),
          podCount: rev.pods,
          version: '',
        },
      });
      edges.push({
        id: `traffic:${id}->${revId}`,
        kind: 'traffic',
        source: id,
        target: revId,
        label: rev.tag ? `${rev.percent}% (${rev.tag})` : `${rev.percent}%`,
        version: '',
      });
    }
  }
  return { nodes, edges };
}
