import type { KubeObject } from '../resources/types';
import type { Store, StoreEvent } from '../store/store';
import type { RevisionKey } from './stat';

export const POD_GR = '/pods';
export const REVISION_LABEL = 'serving.knative.dev/revision';

/** A pod counts as ready when its Ready condition is True and it is not terminating. */
export function isPodReady(pod: KubeObject): boolean {
  if (pod.metadata.deletionTimestamp) return false;
  const phase = pod.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed') return false;
  const ready = (pod.status?.conditions as { type: string; status: string }[] | undefined)?.find((c) => c.type === 'Ready');
  return ready?.status === 'True';
}

export interface PodTracker {
  /** Ready pods labelled with the revision. */
  ready(rev: RevisionKey): number;
  /** All pods labelled with the revision, ready or not. */
  known(rev: RevisionKey): number;
  stop(): void;
}

/**
 * Ready pods per revision, kept from the store's watch so the scaler can ask
 * every second without reading the database (Knative's PodAccessor over an
 * informer cache).
 */
export function startPodTracker(store: Store): PodTracker {
  // namespace/revision → pod name → ready
  const byRev = new Map<string, Map<string, boolean>>();
  const keyOfPod = (pod: KubeObject) => {
    const rev = pod.metadata.labels?.[REVISION_LABEL];
    return rev ? `${pod.metadata.namespace ?? ''}/${rev}` : undefined;
  };
  const put = (pod: KubeObject, deleted: boolean) => {
    const k = keyOfPod(pod);
    if (!k) return;
    let pods = byRev.get(k);
    if (deleted) {
      pods?.delete(pod.metadata.name);
      if (pods && pods.size === 0) byRev.delete(k);
      return;
    }
    if (!pods) byRev.set(k, (pods = new Map()));
    pods.set(pod.metadata.name, isPodReady(pod));
  };
  const unwatch = store.watch((ev: StoreEvent) => {
    if (ev.gr === POD_GR) put(ev.object, ev.type === 'DELETED');
  });
  for (const pod of store.list(POD_GR)) put(pod, false);

  const count = (rev: RevisionKey, onlyReady: boolean) => {
    const pods = byRev.get(`${rev.namespace}/${rev.name}`);
    if (!pods) return 0;
    let n = 0;
    for (const r of pods.values()) if (r || !onlyReady) n++;
    return n;
  };
  return {
    ready: (rev) => count(rev, true),
    known: (rev) => count(rev, false),
    stop: unwatch,
  };
}
