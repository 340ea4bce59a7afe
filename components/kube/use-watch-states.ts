'use client';
import { useCallback, useSyncExternalStore } from 'react';
import type { KindId } from '@/lib/resources/kinds';
import type { KubeStatus } from '@/lib/resources/types';
import { onWatchState, watchState } from './watch-registry';

export interface CombinedWatchState {
  /** Every stream has delivered its snapshot and is open. */
  live: boolean;
  /** The first error a server-side watch reported, if any. */
  error?: KubeStatus;
}

/**
 * The combined state of the streams of several kinds (which something else retains,
 * e.g. useLists). Read-only: it never opens a stream itself.
 */
export function useWatchStates(kindIds: readonly KindId[], namespace?: string): CombinedWatchState {
  const key = kindIds.join(',');
  const subscribe = useCallback(
    (cb: () => void) => {
      const offs = key.split(',').filter(Boolean).map((k) => onWatchState(k as KindId, namespace, cb));
      return () => offs.forEach((off) => off());
    },
    [key, namespace],
  );
  // A string snapshot is stable by value, as useSyncExternalStore requires.
  const snapshot = useSyncExternalStore(
    subscribe,
    () => JSON.stringify(key.split(',').filter(Boolean).map((k) => watchState(k as KindId, namespace))),
    () => '[]',
  );
  const states = JSON.parse(snapshot) as { connected: boolean; error?: KubeStatus }[];
  return { live: states.length > 0 && states.every((s) => s.connected), error: states.find((s) => s.error)?.error };
}
