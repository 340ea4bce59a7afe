import { kinds, type KindId } from '@/lib/resources/kinds';

/** Cluster-scoped kinds (namespaces) ignore the namespace, so every caller shares one cache entry. */
export const scopeOf = (kind: KindId, namespace?: string) => (kinds[kind].namespaced ? namespace : undefined);

/** TanStack Query keys for kube data; a watch merges into both shapes. */
export const kubeKeys = {
  scope: (kind: KindId, namespace?: string) => ['kube', kind, scopeOf(kind, namespace) ?? ''] as const,
  list: (kind: KindId, namespace?: string) => ['kube', kind, scopeOf(kind, namespace) ?? '', 'list'] as const,
  gets: (kind: KindId, namespace?: string) => ['kube', kind, scopeOf(kind, namespace) ?? '', 'get'] as const,
  get: (kind: KindId, namespace: string | undefined, name: string) => ['kube', kind, scopeOf(kind, namespace) ?? '', 'get', name] as const,
};
