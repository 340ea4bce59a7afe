'use client';
import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import type { KindId } from '@/lib/resources/kinds';
import type { KubeObject } from '@/lib/resources/types';
import { compareResourceVersions } from '@/lib/resources/watch-merge';
import { kubeFetch, objectUrl, type KubeApiError } from './api';
import { kubeKeys, scopeOf } from './query-keys';
import { useWatch } from './use-watch';

/**
 * One object, kept live by the kind's watch stream. `data` becomes null once the
 * object is deleted while the page is open (a 404 on first load is an error instead).
 */
export function useGet<T extends KubeObject = KubeObject>(kind: KindId, namespace: string | undefined, name: string, opts: { watch?: boolean } = {}): UseQueryResult<T | null, KubeApiError> {
  const qc = useQueryClient();
  const scope = scopeOf(kind, namespace);
  const key = kubeKeys.get(kind, scope, name);
  useWatch(kind, scope, opts.watch ?? true);
  return useQuery<T | null, KubeApiError>({
    queryKey: key,
    queryFn: async ({ signal }) => {
      const fresh = await kubeFetch<T>(objectUrl(kind, scope, name), { signal });
      const cached = qc.getQueryData<T | null>(key);
      return cached && compareResourceVersions(cached.metadata.resourceVersion, fresh.metadata.resourceVersion) > 0 ? cached : fresh;
    },
    retry: (count, err) => err.code !== 404 && count < 2,
  });
}
