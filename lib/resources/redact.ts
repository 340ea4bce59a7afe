import type { KindDef } from './kinds';
import { apiVersionOf } from './kinds';
import type { KubeObject } from './types';

/**
 * What an object looks like when it leaves the console's server: items of a list
 * carry no apiVersion/kind on a real cluster, so they are filled in; Secrets keep
 * their keys but never their values (nor a last-applied copy of them).
 */
export function forBrowser<T extends KubeObject>(k: Pick<KindDef, 'group' | 'version' | 'kind'>, obj: T): T {
  const out = { ...obj, apiVersion: obj.apiVersion ?? apiVersionOf(k), kind: obj.kind ?? k.kind } as KubeObject;
  if (k.kind !== 'Secret' || k.group !== '') return out as T;
  for (const field of ['data', 'stringData'] as const) {
    const values = obj[field] as Record<string, string> | undefined;
    if (values) out[field] = Object.fromEntries(Object.keys(values).map((key) => [key, '']));
  }
  const annotations = obj.metadata.annotations;
  if (annotations?.['kubectl.kubernetes.io/last-applied-configuration'] !== undefined) {
    const { 'kubectl.kubernetes.io/last-applied-configuration': _dropped, ...rest } = annotations;
    out.metadata = { ...obj.metadata, annotations: rest };
  }
  return out as T;
}
