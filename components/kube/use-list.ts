'use client';
import { queryOptions, useQuery, useQueryClient, type QueryClient, type UseQueryResult } from '@tanstack/react-query';
import type { KindId } from '@/lib/resources/kinds';
import type { KubeList } from '@/lib/resources/types';
import { compareResourceVersions } from '@/lib/resources/watch-merge';
import { collectionUrl, kubeFetch, type KubeApiError } from './api';
import { kubeKeys, scopeOf } from './query-keys';
import { useWatch } from './use-watch';
import type { WatchState } from './watch-registry';

export type ListResult = UseQueryResult<KubeList, KubeApiError> & { watch: WatchState };

/** The list query of a kind in a namespace (shared by useList and useLists). */
export function listQuery(qc: QueryClient, kind: KindId, namespace?: string, enabled = true) {
  const scope = scopeOf(kind, namespace);
  const key = kubeKeys.list(kind, scope);
  return queryOptions<KubeList, KubeApiError>({
    queryKey: key,
    enabled,
    queryFn: async ({ signal }) => {
      const fresh = await kubeFetch<KubeList>(collectionUrl(kind, scope), { signal });
      // The watch may already have delivered a newer snapshot while this request was in flight.
      const cached = qc.getQueryData<KubeList>(key);
      return cached && compareResourceVersions(cached.resourceVersion, fresh.resourceVersion) > 0 ? cached : fresh;
    },
  });
}

/**
 * The objects of a kind in a namespace, fetched once and then kept live by the watch
 * stream (pass `{ watch: false }` for a one-shot list).
 */
export function useList(kind: KindId, namespace?: string, opts: { watch?: boolean; enabled?: boolean } = {}): ListResult {
  const qc = useQueryClient();
  const enabled = opts.enabled ?? true;
  const watch = useWatch(kind, namespace, enabled && (opts.watch ?? true));
  const query = useQuery(listQuery(qc, kind, namespace, enabled));
  return Object.assign(query, { watch });
}
