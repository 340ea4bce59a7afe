'use client';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { applyWatchMessage } from '@/components/kube/watch-registry';
import type { KindId } from '@/lib/resources/kinds';
import type { KubeStatus, WatchMessage } from '@/lib/resources/types';

/**
 * Keeps the cached lists of many kinds live over one SSE stream (/api/watch-many),
 * merging every event exactly as the per-kind watch does (applyWatchMessage).
 */
export function useMultiWatch(kinds: readonly KindId[], namespace: string): { connected: boolean; error?: KubeStatus } {
  const qc = useQueryClient();
  const [state, setState] = useState<{ connected: boolean; error?: KubeStatus }>({ connected: false });
  const key = kinds.join(',');
  useEffect(() => {
    const source = new EventSource(`/api/watch-many?kinds=${encodeURIComponent(key)}&namespace=${encodeURIComponent(namespace)}`);
    source.onopen = () => setState({ connected: true });
    // EventSource reconnects by itself; the server then re-sends a SYNC per kind.
    source.onerror = () => setState((s) => ({ ...s, connected: false }));
    source.onmessage = (ev) => {
      const { kind, ...msg } = JSON.parse(ev.data) as WatchMessage & { kind: KindId };
      if (msg.type === 'ERROR') setState({ connected: true, error: msg.status });
      else applyWatchMessage(qc, kind, namespace, msg as WatchMessage);
    };
    return () => source.close();
  }, [qc, key, namespace]);
  return state;
}
