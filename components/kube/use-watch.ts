'use client';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { KindId } from '@/lib/resources/kinds';
import { onWatchState, retainWatch, watchState, type WatchState } from './watch-registry';

const serverState: WatchState = { connected: false };

/**
 * Keeps the cached list (and single objects) of `kind` in `namespace` live: subscribes to
 * the shared SSE stream while mounted. Returns whether the stream is connected and the
 * last error the server's watch reported.
 */
export function useWatch(kind: KindId, namespace?: string, enabled = true): WatchState {
  const qc = useQueryClient();
  useEffect(() => (enabled ? retainWatch(qc, kind, namespace) : undefined), [qc, kind, namespace, enabled]);
  const subscribe = useCallback((cb: () => void) => onWatchState(kind, namespace, cb), [kind, namespace]);
  return useSyncExternalStore(subscribe, () => watchState(kind, namespace), () => serverState);
}
