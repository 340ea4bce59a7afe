import type { KubeObject } from '../../resources/types';
import type { Store } from '../../store/store';

export const CHANNEL_API = 'messaging.knative.dev/v1';
export const DEFAULT_CHANNEL_TEMPLATE = { apiVersion: 'messaging.knative.dev/v1', kind: 'InMemoryChannel' };

export const channelRef = (name: string, namespace: string) => ({ apiVersion: CHANNEL_API, kind: 'Channel', name, namespace });

const ownerRefOf = (owner: KubeObject) => ({
  apiVersion: owner.apiVersion,
  kind: owner.kind,
  name: owner.metadata.name,
  uid: owner.metadata.uid ?? '',
  controller: true,
  blockOwnerDeletion: true,
});

export type Ensured = { obj: KubeObject } | { error: string };

/**
 * Creates or updates an object the flow owns so its spec is `spec`. An object
 * of that name that belongs to someone else is left alone and reported, as
 * Knative's reconcilers do ("NotOwned").
 */
export function ensureOwned(store: Store, gr: string, owner: KubeObject, desired: { apiVersion: string; kind: string; name: string; spec: unknown; labels?: Record<string, string> }): Ensured {
  const ns = owner.metadata.namespace ?? '';
  const existing = store.get(gr, ns, desired.name);
  if (!existing) {
    return {
      obj: store.create(gr, {
        apiVersion: desired.apiVersion,
        kind: desired.kind,
        metadata: { name: desired.name, namespace: ns, labels: desired.labels, ownerReferences: [ownerRefOf(owner)] },
        spec: desired.spec,
      }),
    };
  }
  const owned = existing.metadata.ownerReferences?.some((r) => r.uid === owner.metadata.uid && r.controller);
  if (!owned) return { error: `${desired.kind} "${desired.name}" already exists and is not owned by ${owner.kind} "${owner.metadata.name}"` };
  if (JSON.stringify(existing.spec) === JSON.stringify(desired.spec)) return { obj: existing };
  return { obj: store.update(gr, { ...existing, spec: desired.spec }, { keepStatus: true }) };
}

/** Deletes owned objects whose names the flow no longer wants (steps or branches removed). */
export function pruneOwned(store: Store, gr: string, owner: KubeObject, keep: Set<string>) {
  for (const o of store.list(gr, owner.metadata.namespace ?? '')) {
    const mine = o.metadata.ownerReferences?.some((r) => r.uid === owner.metadata.uid && r.controller);
    if (mine && !keep.has(o.metadata.name)) store.delete(gr, o.metadata.namespace ?? '', o.metadata.name);
  }
}
