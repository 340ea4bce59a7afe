'use client';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { collectionUrl, kubeFetch, objectUrl } from '@/components/kube';
import { applyWatchMessage } from '@/components/kube/watch-registry';
import { kindIds, kinds, type KindId } from '@/lib/resources/kinds';
import type { KubeObject } from '@/lib/resources/types';
import type { KObject, MergePatch, ObjectRef } from '@/lib/topology';

/** The console kind id for an object reference (`sources.knative.dev/v1` PingSource → pingsources). */
export function kindIdOf(ref: { apiVersion?: string; kind?: string }): KindId | undefined {
  const group = ref.apiVersion?.includes('/') ? ref.apiVersion.split('/')[0] : '';
  return kindIds.find((id) => kinds[id].kind === ref.kind && kinds[id].group === group);
}

function need(ref: { apiVersion?: string; kind?: string }): KindId {
  const id = kindIdOf(ref);
  if (!id) throw new Error(`The console doesn't manage ${ref.kind} (${ref.apiVersion}) objects`);
  return id;
}

export interface TopologyActions {
  patch(owner: ObjectRef, patch: MergePatch): Promise<KubeObject>;
  create(obj: KObject): Promise<KubeObject>;
  remove(owner: ObjectRef): Promise<void>;
}

/**
 * Writes the graph makes, for any kind. Each answer is merged into the cached lists at
 * once (the watch event that follows is then not newer), so the graph reflects it
 * without waiting for the stream; errors are KubeApiErrors with the API's Status.
 */
export function useTopologyActions(): TopologyActions {
  const qc = useQueryClient();
  return useMemo(
    () => ({
      async patch(owner, patch) {
        const kind = need(owner);
        const obj = await kubeFetch<KubeObject>(objectUrl(kind, owner.namespace, owner.name), { method: 'PATCH', body: JSON.stringify(patch) });
        applyWatchMessage(qc, kind, owner.namespace, { type: 'MODIFIED', object: obj });
        return obj;
      },
      async create(o) {
        const kind = need(o);
        const obj = await kubeFetch<KubeObject>(collectionUrl(kind, o.metadata.namespace), { method: 'POST', body: JSON.stringify(o) });
        applyWatchMessage(qc, kind, o.metadata.namespace, { type: 'ADDED', object: obj });
        return obj;
      },
      async remove(owner) {
        await kubeFetch(objectUrl(need(owner), owner.namespace, owner.name), { method: 'DELETE' });
      },
    }),
    [qc],
  );
}
