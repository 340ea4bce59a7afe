import type { KubeObject, OwnerReference } from '../resources/types';
import type { Store } from '../store/store';

/** The controller ownerReference a parent puts on what it creates (so deletes cascade). */
export const ownerRef = (owner: KubeObject): OwnerReference => ({
  apiVersion: owner.apiVersion,
  kind: owner.kind,
  name: owner.metadata.name,
  uid: owner.metadata.uid ?? '',
  controller: true,
  blockOwnerDeletion: true,
});

export const isControlledBy = (obj: KubeObject, owner: KubeObject) =>
  !!obj.metadata.ownerReferences?.some((r) => r.controller && r.uid === owner.metadata.uid);

export type Child = { obj: KubeObject; notOwned?: false } | { obj: KubeObject; notOwned: true };

/**
 * Creates `desired` or brings an existing child's labels, annotations and spec
 * to it (status untouched; the store drops writes that change nothing). A
 * same-named object owned by someone else is left alone and reported, as
 * Knative's NotOwned conditions do.
 */
export function ensureChild(
  store: Store,
  gr: string,
  owner: KubeObject,
  desired: KubeObject,
  adjust?: (desired: KubeObject, existing: KubeObject) => void,
): Child {
  const ns = desired.metadata.namespace ?? '';
  const existing = store.get(gr, ns, desired.metadata.name);
  if (!existing) return { obj: store.create(gr, desired) };
  if (!isControlledBy(existing, owner)) return { obj: existing, notOwned: true };
  adjust?.(desired, existing);
  const next: KubeObject = {
    ...existing,
    metadata: { ...existing.metadata, labels: desired.metadata.labels, annotations: desired.metadata.annotations },
    spec: desired.spec,
  };
  if (!next.metadata.labels) delete next.metadata.labels;
  if (!next.metadata.annotations) delete next.metadata.annotations;
  return { obj: store.update(gr, next, { keepStatus: true }) };
}

/** Deletes the owner's children of a kind whose names it no longer wants (steps or branches removed). */
export function pruneChildren(store: Store, gr: string, owner: KubeObject, keep: Set<string>) {
  for (const o of store.list(gr, owner.metadata.namespace ?? '')) {
    if (isControlledBy(o, owner) && !keep.has(o.metadata.name)) store.delete(gr, o.metadata.namespace ?? '', o.metadata.name);
  }
}
