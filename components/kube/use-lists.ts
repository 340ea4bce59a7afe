'use client';
import { useQueries, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { KindId } from '@/lib/resources/kinds';
import type { KubeList } from '@/lib/resources/types';
import type { KubeApiError } from './api';
import { listQuery } from './use-list';
import { retainWatch } from './watch-registry';

/** Several live lists at once (e.g. every source kind, or revisions plus their services). */
export function useLists(kindIds: readonly KindId[], namespace?: string): UseQueryResult<KubeList, KubeApiError>[] {
  const qc = useQueryClient();
  const key = kindIds.join(',');
  useEffect(() => {
    const releases = key.split(',').filter(Boolean).map((k) => retainWatch(qc, k as KindId, namespace));
    return () => releases.forEach((release) => release());
  }, [qc, key, namespace]);
  return useQueries({ queries: kindIds.map((k) => listQuery(qc, k, namespace)) });
}
