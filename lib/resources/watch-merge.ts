import type { KubeList, KubeObject, WatchMessage } from './types';

/**
 * Orders two resourceVersions. They are opaque strings to clients in general, but both
 * the engine and etcd issue increasing integers, which is what makes dropping stale
 * events possible; a non-numeric pair is treated as "different means newer".
 */
export function compareResourceVersions(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (!a) return -1;
  if (!b) return 1;
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
    const x = BigInt(a);
    const y = BigInt(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return 1;
}

const keyOf = (o: KubeObject) => o.metadata.uid ?? `${o.metadata.namespace ?? ''}/${o.metadata.name}`;

/**
 * Applies one message of the console's watch stream to a cached list. Events are
 * matched by uid and dropped when not newer than what the cache holds, so a late
 * event can never roll an object back; SYNC replaces the list with the server's snapshot.
 * Returns the same list object when nothing changed (lets React skip renders).
 */
export function mergeWatchMessage(list: KubeList | undefined, msg: WatchMessage): KubeList | undefined {
  if (msg.type === 'ERROR') return list;
  if (msg.type === 'SYNC') {
    if (list && compareResourceVersions(msg.resourceVersion, list.resourceVersion) < 0) return list;
    return { items: msg.items, resourceVersion: msg.resourceVersion };
  }
  if (!list) return list; // no list yet: the initial fetch (or SYNC) brings the state
  const obj = msg.object;
  const rv = obj.metadata.resourceVersion;
  const key = keyOf(obj);
  const index = list.items.findIndex((o) => keyOf(o) === key);
  const current = index >= 0 ? list.items[index] : undefined;
  if (current && compareResourceVersions(rv, current.metadata.resourceVersion) <= 0) return list;
  // An event older than the list itself describes a state the list already includes.
  if (!current && compareResourceVersions(rv, list.resourceVersion) <= 0) return list;
  const resourceVersion = compareResourceVersions(rv, list.resourceVersion) > 0 ? rv! : list.resourceVersion;
  if (msg.type === 'DELETED') {
    if (!current) return list;
    return { items: list.items.filter((_, i) => i !== index), resourceVersion };
  }
  const items = current ? list.items.map((o, i) => (i === index ? obj : o)) : [...list.items, obj];
  return { items, resourceVersion };
}

/** The single object a detail view shows, under the same guard; null once it is deleted. */
export function mergeWatchObject(current: KubeObject | null | undefined, msg: WatchMessage, name: string): KubeObject | null | undefined {
  if (msg.type === 'ERROR') return current;
  if (msg.type === 'SYNC') {
    const found = msg.items.find((o) => o.metadata.name === name);
    if (!found) return current === undefined ? current : null;
    return current && compareResourceVersions(found.metadata.resourceVersion, current.metadata.resourceVersion) <= 0 ? current : found;
  }
  if (msg.object.metadata.name !== name) return current;
  if (current && compareResourceVersions(msg.object.metadata.resourceVersion, current.metadata.resourceVersion) <= 0) return current;
  return msg.type === 'DELETED' ? null : msg.object;
}
