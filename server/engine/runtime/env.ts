import type { Store } from '../store/store';

/* eslint-disable @typescript-eslint/no-explicit-any -- core/v1 EnvVar is open JSON here */

export type ResolvedEnv = { env: Record<string, string> } | { error: string };

/**
 * A container's environment as the kubelet builds it: literal values, then
 * fieldRef / configMapKeyRef / secretKeyRef looked up now (a missing required
 * key is CreateContainerConfigError, as on a node).
 */
export function resolveEnv(store: Store, namespace: string, podName: string, container: any): ResolvedEnv {
  const env: Record<string, string> = {};
  for (const e of container?.env ?? []) {
    if (!e?.name) continue;
    if (e.value !== undefined) {
      env[e.name] = expand(String(e.value), env);
      continue;
    }
    const from = e.valueFrom;
    if (!from) {
      env[e.name] = '';
      continue;
    }
    if (from.fieldRef) {
      const fields: Record<string, string> = {
        'metadata.name': podName,
        'metadata.namespace': namespace,
        'status.podIP': '127.0.0.1',
        'status.hostIP': '127.0.0.1',
        'spec.nodeName': 'engine',
      };
      const v = fields[from.fieldRef.fieldPath];
      if (v === undefined) return { error: `unsupported fieldRef "${from.fieldRef.fieldPath}" for env ${e.name}` };
      env[e.name] = v;
      continue;
    }
    const ref = from.configMapKeyRef ?? from.secretKeyRef;
    if (!ref) continue;
    const isSecret = !!from.secretKeyRef;
    const obj: any = store.get(isSecret ? '/secrets' : '/configmaps', namespace, ref.name);
    let v: string | undefined;
    if (isSecret) {
      const b64 = obj?.data?.[ref.key];
      v = b64 !== undefined ? Buffer.from(String(b64), 'base64').toString('utf8') : obj?.stringData?.[ref.key];
    } else v = obj?.data?.[ref.key];
    if (v === undefined) {
      if (ref.optional) continue;
      const kind = isSecret ? 'secret' : 'configmap';
      return { error: obj ? `couldn't find key ${ref.key} in ${kind} ${namespace}/${ref.name}` : `${kind} "${ref.name}" not found` };
    }
    env[e.name] = v;
  }
  return { env };
}

/** `$(VAR)` references to earlier variables, as Kubernetes expands them. */
const expand = (s: string, env: Record<string, string>) => s.replace(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (m, k) => env[k] ?? m);
