import { badRequest, conflict, notFound } from '../errors';
import type { KubeObject, ResourceType } from '../resources/types';
import { groupResource } from '../resources/types';
import type { Store } from '../store/store';
import { jsonPatch, mergePatch } from './patch';

/** The autoscaling/v1 Scale view of an object with `spec.replicas` (`kubectl scale deploy`). */
export function toScale(obj: KubeObject) {
  const matchLabels: Record<string, string> = obj.spec?.selector?.matchLabels ?? {};
  return {
    kind: 'Scale',
    apiVersion: 'autoscaling/v1',
    metadata: {
      name: obj.metadata.name,
      namespace: obj.metadata.namespace,
      uid: obj.metadata.uid,
      resourceVersion: obj.metadata.resourceVersion,
      creationTimestamp: obj.metadata.creationTimestamp,
    },
    spec: { replicas: obj.spec?.replicas ?? 1 },
    status: {
      replicas: obj.status?.replicas ?? 0,
      selector: Object.entries(matchLabels).map(([k, v]) => `${k}=${v}`).join(','),
    },
  };
}

export function getScale(store: Store, t: ResourceType, namespace: string, name: string) {
  const obj = store.get(groupResource(t), namespace, name);
  if (!obj) throw notFound(t.kind, t.group, t.plural, name);
  return toScale(obj);
}

/** Writes a Scale (from PUT, or from a patch of the current Scale) back as the object's spec.replicas. */
export function writeScale(store: Store, t: ResourceType, namespace: string, name: string, change: { body?: unknown; patchType?: string; patch?: unknown }, dryRun: boolean) {
  const obj = store.get(groupResource(t), namespace, name);
  if (!obj) throw notFound(t.kind, t.group, t.plural, name);
  const current = toScale(obj);
  let next: ReturnType<typeof toScale>;
  if (change.body !== undefined) next = change.body as typeof current;
  else if (change.patchType === 'application/json-patch+json') next = jsonPatch(current, change.patch) as typeof current;
  else next = mergePatch(current, change.patch) as typeof current;
  const replicas = next?.spec?.replicas;
  if (!Number.isInteger(replicas) || replicas < 0) throw badRequest(`spec.replicas: Invalid value: ${JSON.stringify(replicas)}: must be a non-negative integer`);
  const rv = next.metadata?.resourceVersion;
  if (rv && rv !== obj.metadata.resourceVersion) throw conflict(t.group, t.plural, name);
  const updated = { ...obj, spec: { ...obj.spec, replicas } };
  return toScale(dryRun ? updated : store.update(groupResource(t), updated, { keepStatus: true }));
}
