'use client';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { KindId } from '@/lib/resources/kinds';
import type { KubeObject } from '@/lib/resources/types';
import { collectionUrl, kubeFetch, objectUrl, type KubeApiError } from './api';
import { scopeOf } from './query-keys';
import { applyWatchMessage } from './watch-registry';

/** Shows the server's answer right away; the watch event that follows is then dropped as not newer. */
const remember = (qc: QueryClient, kind: KindId, ns: string | undefined, obj: KubeObject) =>
  applyWatchMessage(qc, kind, ns, { type: 'MODIFIED', object: obj });

/** POST a new object; errors carry the API server's Status (e.g. 409 AlreadyExists, 422 Invalid). */
export function useCreate(kind: KindId, namespace?: string) {
  const qc = useQueryClient();
  const ns = scopeOf(kind, namespace);
  return useMutation<KubeObject, KubeApiError, KubeObject>({
    mutationFn: (obj) => kubeFetch<KubeObject>(collectionUrl(kind, ns), { method: 'POST', body: JSON.stringify(obj) }),
    onSuccess: (obj) => remember(qc, kind, ns, obj),
  });
}

/** PUT the whole object; its metadata.resourceVersion makes a stale edit fail with 409 Conflict. */
export function useReplace(kind: KindId, namespace?: string) {
  const qc = useQueryClient();
  const ns = scopeOf(kind, namespace);
  return useMutation<KubeObject, KubeApiError, KubeObject>({
    mutationFn: (obj) => kubeFetch<KubeObject>(objectUrl(kind, ns, obj.metadata.name), { method: 'PUT', body: JSON.stringify(obj) }),
    onSuccess: (obj) => remember(qc, kind, ns, obj),
  });
}

/** JSON merge patch of one object. */
export function usePatch(kind: KindId, namespace?: string) {
  const qc = useQueryClient();
  const ns = scopeOf(kind, namespace);
  return useMutation<KubeObject, KubeApiError, { name: string; patch: Record<string, unknown> }>({
    mutationFn: ({ name, patch }) => kubeFetch<KubeObject>(objectUrl(kind, ns, name), { method: 'PATCH', body: JSON.stringify(patch) }),
    onSuccess: (obj) => remember(qc, kind, ns, obj),
  });
}

export function useDelete(kind: KindId, namespace?: string) {
  const ns = scopeOf(kind, namespace);
  return useMutation<unknown, KubeApiError, string>({
    mutationFn: (name) => kubeFetch(objectUrl(kind, ns, name), { method: 'DELETE' }),
  });
}
