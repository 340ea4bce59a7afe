import type { KubeObject } from '../../resources/types';
import type { Store } from '../../store/store';
import { ensureChild, ownerRef } from '../../controller/children';

export const CHANNEL_API = 'messaging.knative.dev/v1';
export const DEFAULT_CHANNEL_TEMPLATE = { apiVersion: 'messaging.knative.dev/v1', kind: 'InMemoryChannel' };

export const channelRef = (name: string, namespace: string) => ({ apiVersion: CHANNEL_API, kind: 'Channel', name, namespace });

export type Ensured = { obj: KubeObject } | { error: string };

/**
 * A channel or subscription the flow owns, through the shared ensureChild;
 * annotations others put on it are kept. Not ours → the NotOwned message.
 */
export function ensureOwned(store: Store, gr: string, owner: KubeObject, desired: { apiVersion: string; kind: string; name: string; spec: unknown; labels?: Record<string, string> }): Ensured {
  const child = ensureChild(
    store,
    gr,
    owner,
    {
      apiVersion: desired.apiVersion,
      kind: desired.kind,
      metadata: { name: desired.name, namespace: owner.metadata.namespace ?? '', labels: desired.labels, ownerReferences: [ownerRef(owner)] },
      spec: desired.spec,
    },
    (d, existing) => (d.metadata.annotations = existing.metadata.annotations),
  );
  if (child.notOwned) return { error: `${desired.kind} "${desired.name}" already exists and is not owned by ${owner.kind} "${owner.metadata.name}"` };
  return { obj: child.obj };
}
