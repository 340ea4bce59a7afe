import type { QueryClient } from '@tanstack/react-query';
import type { KindId } from '@/lib/resources/kinds';
import { mergeWatchMessage, mergeWatchObject } from '@/lib/resources/watch-merge';
import type { KubeList, KubeObject, KubeStatus, WatchMessage } from '@/lib/resources/types';
import { kubeKeys, scopeOf } from './query-keys';

export interface WatchState {
  connected: boolean;
  error?: KubeStatus;
}

/**
 * Every kind watched in a scope (a namespace, or '' for cluster-scoped kinds) shares
 * ONE EventSource on /api/watch-many: browsers allow 6 HTTP/1.1 connections per
 * origin, and a page may follow a dozen kinds. When the set of kinds changes the
 * stream is reopened (debounced); the server then sends a fresh SYNC per kind.
 */
interface Stream {
  scope: string;
  qc: QueryClient;
  refs: Map<KindId, number>;
  states: Map<KindId, WatchState>;
  source?: EventSource;
  openKinds: string;
  timer?: ReturnType<typeof setTimeout>;
}

const streams = new Map<string, Stream>();
/** State listeners live apart from streams: a component may subscribe before the stream opens. */
const stateListeners = new Map<string, Set<() => void>>();
const disconnected: WatchState = { connected: false };
const REOPEN_DELAY_MS = 30;

const keyOf = (kind: KindId, scope: string) => `${kind}/${scope}`;
const notify = (kind: KindId, scope: string) => stateListeners.get(keyOf(kind, scope))?.forEach((l) => l());

/** Applies one message to the cached list and to any cached single objects of that scope. */
export function applyWatchMessage(qc: QueryClient, kind: KindId, namespace: string | undefined, msg: WatchMessage) {
  qc.setQueryData<KubeList>(kubeKeys.list(kind, namespace), (old) => mergeWatchMessage(old, msg));
  for (const [key] of qc.getQueriesData<KubeObject | null>({ queryKey: kubeKeys.gets(kind, namespace) })) {
    const name = key[4] as string;
    qc.setQueryData<KubeObject | null>(key, (old) => mergeWatchObject(old, msg, name));
  }
}

function setState(s: Stream, kind: KindId, state: WatchState) {
  s.states.set(kind, state);
  notify(kind, s.scope);
}

function open(s: Stream) {
  s.timer = undefined;
  const kinds = [...s.refs.keys()].sort().join(',');
  if (kinds === s.openKinds && s.source) return;
  s.source?.close();
  s.source = undefined;
  s.openKinds = kinds;
  if (!kinds) {
    streams.delete(s.scope);
    return;
  }
  const q = new URLSearchParams({ kinds });
  if (s.scope) q.set('namespace', s.scope);
  const source = new EventSource(`/api/watch-many?${q}`);
  s.source = source;
  // EventSource reconnects by itself; the server then re-sends a SYNC per kind.
  source.onerror = () => {
    for (const [kind, st] of s.states) setState(s, kind, { ...st, connected: false });
  };
  source.onmessage = (ev) => {
    const { kind, ...msg } = JSON.parse(ev.data) as WatchMessage & { kind: KindId };
    if (!s.refs.has(kind)) return;
    if (msg.type === 'ERROR') return setState(s, kind, { connected: s.states.get(kind)?.connected ?? false, error: msg.status });
    applyWatchMessage(s.qc, kind, s.scope || undefined, msg as WatchMessage);
    const st = s.states.get(kind);
    // Connected means synced: the server's snapshot arrived, so the cache is live from here on.
    if (msg.type === 'SYNC' || !st?.connected || st.error) setState(s, kind, { connected: true });
  };
}

function schedule(s: Stream) {
  if (s.timer === undefined) s.timer = setTimeout(() => open(s), REOPEN_DELAY_MS);
}

/** Keeps `kind` in `namespace` live in the query cache until the returned release is called. */
export function retainWatch(qc: QueryClient, kind: KindId, namespace?: string): () => void {
  const scope = scopeOf(kind, namespace) ?? '';
  let s = streams.get(scope);
  if (!s) {
    s = { scope, qc, refs: new Map(), states: new Map(), openKinds: '' };
    streams.set(scope, s);
  }
  const held = s;
  const count = held.refs.get(kind) ?? 0;
  held.refs.set(kind, count + 1);
  if (count === 0) schedule(held);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const n = (held.refs.get(kind) ?? 1) - 1;
    if (n > 0) return void held.refs.set(kind, n);
    held.refs.delete(kind);
    held.states.delete(kind);
    notify(kind, scope);
    schedule(held);
  };
}

export function watchState(kind: KindId, namespace?: string): WatchState {
  return streams.get(scopeOf(kind, namespace) ?? '')?.states.get(kind) ?? disconnected;
}

export function onWatchState(kind: KindId, namespace: string | undefined, listener: () => void): () => void {
  const key = keyOf(kind, scopeOf(kind, namespace) ?? '');
  let set = stateListeners.get(key);
  if (!set) stateListeners.set(key, (set = new Set()));
  set.add(listener);
  return () => {
    set.delete(listener);
    if (set.size === 0) stateListeners.delete(key);
  };
}
