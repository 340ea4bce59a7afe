import type { KubeObject } from '../../resources/types';
import type { Store } from '../../store/store';

/** Writes `status` through the status subresource if it changed (the store drops no-op writes). */
export function writeStatus(store: Store, gr: string, obj: KubeObject, status: unknown) {
  const fresh = store.get(gr, obj.metadata.namespace ?? '', obj.metadata.name);
  if (!fresh || fresh.metadata.uid !== obj.metadata.uid) return;
  store.update(gr, { ...fresh, status }, { status: true });
}

export const nowIso = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');
