import type { IncomingMessage, ServerResponse } from 'node:http';
import { badRequest } from '../errors';
import type { KubeObject, ResourceType } from '../resources/types';
import { apiVersionOf, groupResource } from '../resources/types';
import type { Store, StoreEvent } from '../store/store';
import { toApiError } from './http';
import { withTypeMeta } from './render';
import { matchesFilter, type ObjectFilter } from './selectors';
import { includeObjectParam, toTable, type Rendering } from './table';

type WatchType = 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';

/**
 * How often an idle watch says something: a BOOKMARK when the client allows
 * them, else a bare newline (JSON whitespace every decoder skips). client-node's
 * Watch aborts after 30 s without a byte, so silence must stay well below that.
 */
const KEEPALIVE_MS = 10_000;
/** A client that stops reading gets cut off rather than holding the engine's memory. */
const MAX_BUFFERED_BYTES = 64 * 1024 * 1024;

/** The plain JSON line of a store event, encoded once however many watchers send it. */
const lineCache = new WeakMap<KubeObject, string>();

export interface WatchRequest {
  type: ResourceType;
  namespace?: string;
  filter: ObjectFilter;
  params: URLSearchParams;
  rendering: Rendering;
}

function parseResourceVersion(raw: string | null): number | undefined {
  if (raw === null || raw === '' || raw === '0') return undefined;
  if (!/^\d+$/.test(raw)) throw badRequest(`resourceVersion: Invalid value: "${raw}": must be a resource version the engine returned`);
  return Number(raw);
}

/**
 * A watch: newline-delimited `{"type","object"}` events, flushed one by one.
 * Without a resourceVersion (or with "0") it starts with an ADDED event per
 * current object; with one it replays what happened after it (410 Expired
 * ERROR event when that history is gone). Objects entering or leaving the
 * selector arrive as ADDED / DELETED, as kube's watch cache sends them.
 */
export function serveWatch(req: IncomingMessage, res: ServerResponse, store: Store, w: WatchRequest, onEnd: () => void) {
  const t = w.type;
  const gr = groupResource(t);
  const fromRv = parseResourceVersion(w.params.get('resourceVersion'));
  const timeoutSeconds = Number(w.params.get('timeoutSeconds') ?? 0);
  const bookmarks = w.params.get('allowWatchBookmarks') === 'true';
  const includeObject = includeObjectParam(w.params.get('includeObject'));
  const inScope = (o: KubeObject) => (w.namespace === undefined || o.metadata.namespace === w.namespace) && matchesFilter(w.filter, o);
  /** Keys of the objects this client currently sees, to turn selector transitions into ADDED / DELETED. */
  const visible = new Set<string>();
  const keyOf = (o: KubeObject) => `${o.metadata.namespace ?? ''}/${o.metadata.name}`;
  let tableHeadersSent = false;

  res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache, private', 'transfer-encoding': 'chunked' });
  res.flushHeaders();
  req.socket.setNoDelay(true);

  const write = (type: WatchType, object: unknown) => {
    if (res.writableLength > MAX_BUFFERED_BYTES) {
      end();
      return;
    }
    res.write(`{"type":"${type}","object":${JSON.stringify(object)}}\n`);
  };

  const sendObject = (type: WatchType, obj: KubeObject) => {
    const o = withTypeMeta(t, obj);
    if (w.rendering.as === 'Table') {
      const table = toTable(t, [o], { version: w.rendering.version, includeObject, resourceVersion: o.metadata.resourceVersion ?? '', noHeaders: tableHeadersSent });
      tableHeadersSent = true;
      write(type, table);
      return;
    }
    if (w.rendering.as === 'PartialObjectMetadata') {
      write(type, { kind: 'PartialObjectMetadata', apiVersion: `meta.k8s.io/${w.rendering.version}`, metadata: o.metadata });
      return;
    }
    let line = lineCache.get(obj);
    if (!line) {
      line = JSON.stringify(o);
      lineCache.set(obj, line);
    }
    res.write(`{"type":"${type}","object":${line}}\n`);
  };

  const onEvent = (ev: StoreEvent) => {
    if (ev.gr !== gr) return;
    const key = keyOf(ev.object);
    const matches = inScope(ev.object);
    if (ev.type === 'DELETED') {
      if (matches || visible.delete(key)) sendObject('DELETED', ev.object);
      visible.delete(key);
    } else if (matches) {
      const seen = visible.has(key);
      visible.add(key);
      sendObject(ev.type === 'MODIFIED' && !seen && fromRv === undefined ? 'ADDED' : ev.type, ev.object);
    } else if (visible.delete(key)) {
      sendObject('DELETED', ev.object);
    }
  };

  let unsubscribe: (() => void) | undefined;
  const timers: NodeJS.Timeout[] = [];
  let ended = false;
  function end() {
    if (ended) return;
    ended = true;
    unsubscribe?.();
    for (const timer of timers) clearInterval(timer);
    res.end();
    onEnd();
  }
  res.on('close', end);

  try {
    if (fromRv === undefined) {
      // Listing and subscribing in one synchronous step: no write can fall between them.
      for (const o of store.list(gr, w.namespace)) {
        if (!inScope(o)) continue;
        visible.add(keyOf(o));
        sendObject('ADDED', o);
      }
      unsubscribe = store.watch(onEvent);
    } else {
      unsubscribe = store.watch(onEvent, fromRv);
    }
  } catch (err) {
    const e = toApiError(err);
    write('ERROR', e.toStatus());
    end();
    return;
  }

  if (w.params.get('sendInitialEvents') === 'true' && bookmarks) sendBookmark({ 'k8s.io/initial-events-end': 'true' });
  const keepalive = setInterval(() => (bookmarks ? sendBookmark() : res.write('\n')), KEEPALIVE_MS);
  keepalive.unref();
  timers.push(keepalive);
  if (timeoutSeconds > 0) timers.push(setTimeout(end, timeoutSeconds * 1000));

  /** Every event up to the store's current resourceVersion has been sent (listeners run synchronously), so that is the bookmark. */
  function sendBookmark(annotations?: Record<string, string>) {
    write('BOOKMARK', {
      kind: t.kind,
      apiVersion: apiVersionOf(t),
      metadata: { resourceVersion: String(store.currentResourceVersion()), ...(annotations ? { annotations } : {}) },
    });
  }
}

export const isWatch = (params: URLSearchParams) => params.get('watch') === 'true' || params.get('watch') === '1';
