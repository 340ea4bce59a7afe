'use client';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { KubeApiError, kubeFetch } from '@/components/kube/api';
import { parseGitUrl } from '@/lib/git/git-url';
import { contextDirError } from '@/lib/schemas/import-git';
import { refFormatError } from '@/lib/git/refs';

/** Mirrors server/builds/build-system.ts's answer. */
export type BuildSystem =
  | { kind: 'embedded'; allowLocal: true }
  | { kind: 'shipwright'; allowLocal: false; strategy: string }
  | { kind: 'none'; allowLocal: false; message: string };

import type { Inspection } from '@/server/builds/inspect';

export type { Inspection };

export function useBuildSystem() {
  return useQuery({ queryKey: ['import-git', 'build-system'], queryFn: () => kubeFetch<BuildSystem>('/api/add/import-git/build-system'), staleTime: 60_000 });
}

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return debounced;
}

export type InspectionState =
  | { state: 'idle' }
  | { state: 'checking' }
  | { state: 'ok'; inspection: Inspection }
  /** The server's answer, by form field (gitUrl, ref, contextDir). */
  | { state: 'failed'; field: string; message: string };

/**
 * The server's look at the repository, 600 ms after the user stops typing the
 * URL, ref or context dir (only once they parse): reachability, the commit the
 * ref means and the runtimes found.
 */
export function useGitInspection(gitUrl: string, ref: string, contextDir: string, allowLocal: boolean | undefined): InspectionState {
  const key = useDebounced({ gitUrl: gitUrl.trim(), ref: ref.trim(), contextDir: contextDir.trim() }, 600);
  const parses =
    allowLocal !== undefined && !!key.gitUrl && parseGitUrl(key.gitUrl, { allowLocal }).ok && !(key.ref && refFormatError(key.ref)) && !contextDirError(key.contextDir);
  const q = useQuery({
    queryKey: ['import-git', 'inspect', key],
    queryFn: () => kubeFetch<Inspection>('/api/add/import-git/inspect', { method: 'POST', body: JSON.stringify({ gitUrl: key.gitUrl, ref: key.ref || undefined, contextDir: key.contextDir }) }),
    enabled: parses,
    retry: false,
    staleTime: 30_000,
  });
  const typing = key.gitUrl !== gitUrl.trim() || key.ref !== ref.trim() || key.contextDir !== contextDir.trim();
  if (!parses) return { state: 'idle' };
  if (typing || q.isPending) return { state: 'checking' };
  if (q.error) {
    const status = q.error instanceof KubeApiError ? q.error.status : undefined;
    const cause = status?.details?.causes?.[0];
    return { state: 'failed', field: cause?.field ?? 'gitUrl', message: cause?.message ?? q.error.message };
  }
  return { state: 'ok', inspection: q.data! };
}
