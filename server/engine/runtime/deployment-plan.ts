/** What the Deployment controller knows of one of its pods. */
export interface PodView {
  name: string;
  hash: string;
  ready: boolean;
  /** Creation order; larger is newer. */
  created: number;
}

export interface Plan {
  create: number;
  delete: string[];
}

/**
 * A rolling update with maxUnavailable 0: pods of the current template are
 * brought to `replicas`; pods of older templates go only as current ones
 * become ready, so a template change (a new env var, a SinkBinding) never
 * leaves the Deployment without serving pods. Surplus pods go not-ready
 * first, then newest first (ReplicaSet's choice).
 */
export function planDeployment(replicas: number, hash: string, pods: PodView[]): Plan {
  const current = pods.filter((p) => p.hash === hash);
  const old = pods.filter((p) => p.hash !== hash);
  const del: string[] = [];
  const surplusOrder = (a: PodView, b: PodView) => Number(a.ready) - Number(b.ready) || b.created - a.created;
  const byDeletion = [...current].sort(surplusOrder);
  const surplus = Math.max(0, current.length - replicas);
  for (const p of byDeletion.slice(0, surplus)) del.push(p.name);
  const keep = byDeletion.slice(surplus);
  const readyCurrent = keep.filter((p) => p.ready).length;
  const allowedOld = Math.max(0, replicas - readyCurrent);
  const oldOrder = [...old].sort(surplusOrder);
  const deleteOld = Math.max(0, old.length - allowedOld);
  for (const p of oldOrder.slice(0, deleteOld)) del.push(p.name);
  return { create: Math.max(0, replicas - current.length), delete: del };
}
