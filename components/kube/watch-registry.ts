import type { QueryClient } from '@tanstack/react-query';
import type { KindId } from '@/lib/resources/kinds';
import { mergeWatchMessage, mergeWatchObject } from '@/lib/resources/watch-merge';
import type { KubeList, KubeObject, KubeStatus, WatchMessage } from '@/lib/resources/types';
import { watchUrl } from './api';
import { kubeKeys, scopeOf } from './query-keys';

export interface WatchState {
  connected: boolean;
  error?: KubeStatus;
}

interface Entry {
  source: EventSource;
  refs: number;
  state: WatchState;
  listeners: Set<() => void>;
}

/** One EventSource per kind+namespace in the browser, shared by every component that watches it. */
const entries = new Map<string, Entry>();
const disconnected: WatchState = { connected: false };

const keyOf = (kind: KindId, namespace?: string) => `${kind}/${namespace ?? ''}`;

/** Applies one message to the cached list and to any cached single objects of that scope. */
export function applyWatchMessage(qc: QueryClient, kind: KindId, namespace: string | undefined, msg: WatchMessage) {
  qc.setQueryData<KubeList>(kubeKeys.list(kind, namespace), (old) => mergeWatchMessage(old, msg));
  for (const [key] of qc.getQueriesData<KubeObject | null>({ queryKey: kubeKeys.gets(kind, namespace) })) {
    const name = key[4] as string;
    qc.setQueryData<KubeObject | null>(key, (old) => mergeWatchObject(old, msg, name));
  }
}

function setState(entry: Entry, state: WatchState) {
  entry.state = state;
  for (const l of entry.listeners) l();
}

/** Starts (or shares) the stream; returns the release function. */
export function retainWatch(qc: QueryClient, kind: KindId, rawNamespace?: string): () => void {
  const namespace = scopeOf(kind, rawNamespace);
  const key = keyOf(kind, namespace);
  let entry = entries.get(key);
  if (!entry) {
    const source = new EventSource(watchUrl(kind, namespace));
    const e: Entry = { source, refs: 0, state: disconnected, listeners: new Set() };
    source.onopen = () => setState(e, { connected: true });
    source.onerror = () => setState(e, { ...e.state, connected: false }); // EventSource reconnects by itself; the server re-sends a SYNC
    source.onmessage = (ev) => {
      const msg = JSON.parse(ev.data) as WatchMessage;
      if (msg.type === 'ERROR') setState(e, { connected: true, error: msg.status });
      else {
        if (e.state.error) setState(e, { connected: true });
        applyWatchMessage(qc, kind, namespace, msg);
      }
    };
    entries.set(key, e);
    entry = e;
  }
  const held = entry;
  held.refs++;
  return () => {
    held.refs--;
    if (held.refs === 0) {
      held.source.close();
      entries.delete(key);
    }
  };
}

export function watchState(kind: KindId, namespace?: string): WatchState {
  return entries.get(keyOf(kind, scopeOf(kind, namespace)))?.state ?? disconnected;
}

export function onWatchState(kind: KindId, namespace: string | undefined, listener: () => void): () => void {
  const entry = entries.get(keyOf(kind, scopeOf(kind, namespace)));
  entry?.listeners.add(listener);
  return () => entry?.listeners.delete(listener);
}
