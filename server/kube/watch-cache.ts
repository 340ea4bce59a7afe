import 'server-only';
import { Watch } from '@kubernetes/client-node';
import { collectionPath, type KindId } from '@/lib/resources/kinds';
import { forBrowser } from '@/lib/resources/redact';
import type { KubeObject, KubeStatus, WatchMessage } from '@/lib/resources/types';
import { kindDef, listResource } from './client';
import { loadKubeConfig } from './kubeconfig';
import { toStatus } from './status';

export type WatchListener = (msg: WatchMessage) => void;

/** How long a watch outlives its last browser, so page navigations don't restart it. */
const LINGER_MS = 5_000;
const MAX_BACKOFF_MS = 10_000;

const keyOf = (o: KubeObject) => o.metadata.uid ?? o.metadata.name;

/**
 * One list+watch of a kind in a namespace, shared by every browser looking at it
 * (an informer): it keeps the current objects so a new subscriber starts from a
 * snapshot, resumes from the last resourceVersion when the stream ends, and re-lists
 * when the server says that version is gone (410).
 */
class SharedWatch {
  private readonly items = new Map<string, KubeObject>();
  private resourceVersion = '';
  private synced = false;
  private stopped = false;
  private abort?: AbortController;
  private lingerTimer?: NodeJS.Timeout;
  readonly listeners = new Set<WatchListener>();

  constructor(
    private readonly kind: KindId,
    private readonly namespace: string | undefined,
    private readonly onIdle: () => void,
  ) {
    void this.run();
  }

  subscribe(listener: WatchListener): () => void {
    clearTimeout(this.lingerTimer);
    this.listeners.add(listener);
    if (this.synced) listener(this.snapshot());
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.lingerTimer = setTimeout(() => this.listeners.size === 0 && this.stop(), LINGER_MS);
    };
  }

  private snapshot(): WatchMessage {
    return { type: 'SYNC', items: [...this.items.values()], resourceVersion: this.resourceVersion };
  }

  private broadcast(msg: WatchMessage) {
    for (const l of this.listeners) l(msg);
  }

  stop() {
    this.stopped = true;
    this.abort?.abort();
    this.onIdle();
  }

  private async run() {
    let backoff = 500;
    while (!this.stopped) {
      try {
        if (!this.synced) await this.relist();
        const started = Date.now();
        const ended = await this.watchOnce();
        if (ended === 'expired') this.synced = false;
        // A server that ends watches at once must not turn this loop into a busy one.
        if (Date.now() - started < 1000) await new Promise((r) => setTimeout(r, 500));
        backoff = 500;
      } catch (err) {
        if (this.stopped) return;
        this.broadcast({ type: 'ERROR', status: toStatus(err) });
        await new Promise((r) => setTimeout(r, backoff));
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
      }
    }
  }

  private async relist() {
    const list = await listResource(this.kind, this.namespace);
    const k = kindDef(this.kind);
    this.items.clear();
    for (const item of list.items) {
      const obj = forBrowser(k, item);
      this.items.set(keyOf(obj), obj);
    }
    this.resourceVersion = list.resourceVersion;
    this.synced = true;
    this.broadcast(this.snapshot());
  }

  /** Streams events until the server ends the watch; 'expired' means the resourceVersion is gone. */
  private watchOnce(): Promise<'closed' | 'expired'> {
    const k = kindDef(this.kind);
    const watch = new Watch(loadKubeConfig().kc);
    return new Promise((resolve, reject) => {
      let expired = false;
      const onEvent = (type: string, raw: unknown) => {
        if (type === 'ERROR') {
          const status = raw as KubeStatus;
          if (status?.code === 410) {
            expired = true;
            this.abort?.abort();
          } else {
            this.broadcast({ type: 'ERROR', status });
          }
          return;
        }
        const obj = raw as KubeObject;
        if (obj?.metadata?.resourceVersion) this.resourceVersion = obj.metadata.resourceVersion;
        if (type === 'BOOKMARK') return;
        if (type !== 'ADDED' && type !== 'MODIFIED' && type !== 'DELETED') return;
        const out = forBrowser(k, obj);
        if (type === 'DELETED') this.items.delete(keyOf(out));
        else this.items.set(keyOf(out), out);
        this.broadcast({ type, object: out });
      };
      const onDone = (err: unknown) => {
        if (expired || (err as { statusCode?: number })?.statusCode === 410) return resolve('expired');
        // The stream ending (server timeout, our inactivity timeout, our own abort) is normal: resume.
        if (!err || this.stopped || (err as Error).name === 'AbortError' || (err as Error).name === 'TimeoutError') return resolve('closed');
        reject(err);
      };
      watch
        .watch(collectionPath(k, this.namespace), { resourceVersion: this.resourceVersion, allowWatchBookmarks: true, timeoutSeconds: 300 }, onEvent, onDone)
        .then((controller) => {
          this.abort = controller;
          if (this.stopped) controller.abort();
        }, reject);
    });
  }
}

// Kept on globalThis so a dev-server module reload reuses the running watches.
const registry: Map<string, SharedWatch> = ((globalThis as { __consoleWatches?: Map<string, SharedWatch> }).__consoleWatches ??= new Map());

/** Subscribes to a kind in a namespace (undefined for cluster-scoped kinds); returns the unsubscribe. */
export function subscribe(kind: KindId, namespace: string | undefined, listener: WatchListener): () => void {
  const key = `${kind}/${namespace ?? ''}`;
  let w = registry.get(key);
  if (!w) {
    w = new SharedWatch(kind, namespace, () => registry.get(key) === w && registry.delete(key));
    registry.set(key, w);
  }
  return w.subscribe(listener);
}

/** The live server-side watches as `kind/namespace` keys (for tests and diagnostics). */
export const activeWatches = () => [...registry.keys()];
