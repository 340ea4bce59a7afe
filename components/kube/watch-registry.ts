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
  key: string;
  source: EventSource;
  refs: number;
  state: WatchState;
}

/** One EventSource per kind+namespace in the browser, shared by every component that watches it. */
const entries = new Map<string, Entry>();
/** State listeners live apart from entries: a component may subscribe before the stream opens. */
const stateListeners = new Map<string, Set<() => void>>();
const notify = (key: string) => stateListeners.get(key)?.forEach((l) => l());
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
  notify(entry.key);
}

/** Starts (or shares) the stream; returns the release function. */
export function retainWatch(qc: QueryClient, kind: KindId, rawNamespace?: string): () => void {
  const namespace = scopeOf(kind, rawNamespace);
  const key = keyOf(kind, namespace);
  let entry = entries.get(key);
  if (!entry) {
    const source = new EventSource(watchUrl(kind, namespace));
    const e: Entry = { key, source, refs: 0, state: disconnected };
    // Connected means synced: the server's snapshot arrived, so the cache is live from here on.
    source.onerror = () => setState(e, { ...e.state, connected: false }); // EventSource reconnects by itself; the server re-sends a SYNC
    source.onmessage = (ev) => {
      const msg = JSON.parse(ev.data) as WatchMessage;
      if (msg.type === 'ERROR') return setState(e, { connected: e.state.connected, error: msg.status });
      applyWatchMessage(qc, kind, namespace, msg);
      if (msg.type === 'SYNC' || e.state.error || !e.state.connected) setState(e, { connected: true });
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
      notify(key);
    }
  };
}

export function watchState(kind: KindId, namespace?: string): WatchState {
  return entries.get(keyOf(kind, scopeOf(kind, namespace)))?.state ?? disconnected;
}

export function onWatchState(kind: KindId, namespace: string | undefined, listener: () => void): () => void {
  const key = keyOf(kind, scopeOf(kind, namespace));
  let set = stateListeners.get(key);
  if (!set) stateListeners.set(key, (set = new Set()));
  set.add(listener);
  return () => {
    set.delete(listener);
    if (set.size === 0) stateListeners.delete(key);
  };
}
