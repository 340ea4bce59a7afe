import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { alreadyExists, ApiError, conflict, notFound } from '../errors';
import type { KubeObject } from '../resources/types';
import { openSchema } from './schema';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

/** A change to one object; `gr` is its storage key (`group/plural`). */
export interface StoreEvent {
  type: WatchEventType;
  gr: string;
  object: KubeObject;
  resourceVersion: number;
}

export type StoreListener = (event: StoreEvent) => void;

/** How many past events are kept for watches that resume from a resourceVersion. */
const HISTORY = 20_000;

/**
 * Objects keyed by group/plural/namespace/name with one global resourceVersion.
 * Every write is a SQLite transaction (WAL, synchronous=NORMAL: see openSchema)
 * committed before the call returns, so an acknowledged write survives `kill -9`. Watchers are told
 * synchronously after the commit, in resourceVersion order.
 */
export class Store {
  readonly db: Database.Database;
  private rv: number;
  private oldestRetained: number;
  private readonly listeners = new Set<StoreListener>();
  private writesSincePrune = 0;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(path.join(dataDir, 'engine.db'));
    openSchema(this.db);
    const row = this.db
      .prepare('SELECT max(rv) AS maxRv, min(rv) AS minRv FROM events')
      .get() as { maxRv: number | null; minRv: number | null };
    this.rv = row.maxRv ?? 0;
    this.oldestRetained = row.minRv ?? this.rv + 1;
  }

  close() {
    this.db.close();
  }

  currentResourceVersion(): number {
    return this.rv;
  }

  get(gr: string, namespace: string, name: string): KubeObject | undefined {
    const row = this.db
      .prepare('SELECT body FROM objects WHERE gr = ? AND ns = ? AND name = ?')
      .get(gr, namespace, name) as { body: string } | undefined;
    return row ? JSON.parse(row.body) : undefined;
  }

  /** Objects of a kind, in one namespace or (namespace undefined) all, sorted by namespace and name. */
  list(gr: string, namespace?: string): KubeObject[] {
    const rows = (
      namespace === undefined
        ? this.db.prepare('SELECT body FROM objects WHERE gr = ? ORDER BY ns, name').all(gr)
        : this.db.prepare('SELECT body FROM objects WHERE gr = ? AND ns = ? ORDER BY name').all(gr, namespace)
    ) as { body: string }[];
    return rows.map((r) => JSON.parse(r.body));
  }

  create(gr: string, input: KubeObject): KubeObject {
    const obj = structuredClone(input);
    const meta = obj.metadata;
    if (!meta.name && meta.generateName) meta.name = meta.generateName + randomSuffix();
    const ns = meta.namespace ?? '';
    return this.transaction(() => {
      if (this.get(gr, ns, meta.name)) throw alreadyExists(groupOf(gr), pluralOf(gr), meta.name);
      const rv = ++this.rv;
      obj.metadata = {
        ...meta,
        uid: randomUUID(),
        resourceVersion: String(rv),
        generation: 1,
        creationTimestamp: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      };
      delete obj.metadata.deletionTimestamp;
      this.write(gr, obj, 'ADDED', rv);
      return obj;
    });
  }

  /**
   * Replaces an object. With `status: true` only `.status` changes (the status
   * subresource); otherwise everything but `.status` does. A given
   * resourceVersion must match the stored one (optimistic concurrency). A write
   * that changes nothing is not a change: no new resourceVersion, no event.
   */
  update(gr: string, input: KubeObject, opts: { status?: boolean; keepStatus?: boolean } = {}): KubeObject {
    const meta = input.metadata;
    const ns = meta.namespace ?? '';
    return this.transaction(() => {
      const old = this.get(gr, ns, meta.name);
      if (!old) throw notFound('', groupOf(gr), pluralOf(gr), meta.name);
      if (meta.resourceVersion && meta.resourceVersion !== old.metadata.resourceVersion) {
        throw conflict(groupOf(gr), pluralOf(gr), meta.name);
      }
      let next: KubeObject;
      if (opts.status) {
        next = { ...old, status: structuredClone(input.status) };
      } else {
        next = structuredClone(input);
        if (opts.keepStatus) next.status = old.status;
        if (next.status === undefined) delete next.status;
        next.metadata = {
          ...next.metadata,
          uid: old.metadata.uid,
          creationTimestamp: old.metadata.creationTimestamp,
          generation: old.metadata.generation,
        };
        if (JSON.stringify(next.spec) !== JSON.stringify(old.spec)) {
          next.metadata.generation = (old.metadata.generation ?? 1) + 1;
        }
      }
      next.metadata.resourceVersion = old.metadata.resourceVersion;
      if (JSON.stringify(next) === JSON.stringify(old)) return old;
      const rv = ++this.rv;
      next.metadata.resourceVersion = String(rv);
      this.write(gr, next, 'MODIFIED', rv);
      return next;
    });
  }

  /** Deletes an object and, cascading, everything it owns (ownerReferences) or contains (a namespace's objects). */
  delete(gr: string, namespace: string, name: string): KubeObject {
    return this.transaction(() => {
      const obj = this.get(gr, namespace, name);
      if (!obj) throw notFound('', groupOf(gr), pluralOf(gr), name);
      this.remove(gr, obj);
      return obj;
    });
  }

  /**
   * Calls `listener` for every event after `fromResourceVersion` (replayed from
   * history), then for each new one. Throws 410 Expired when that history is gone.
   */
  watch(listener: StoreListener, fromResourceVersion?: number): () => void {
    if (fromResourceVersion !== undefined && fromResourceVersion > 0) {
      if (fromResourceVersion < this.oldestRetained - 1) {
        throw new ApiError(410, 'Expired', `too old resource version: ${fromResourceVersion} (${this.oldestRetained - 1})`);
      }
      const rows = this.db
        .prepare('SELECT rv, gr, type, body FROM events WHERE rv > ? ORDER BY rv')
        .all(fromResourceVersion) as { rv: number; gr: string; type: WatchEventType; body: string }[];
      for (const r of rows) listener({ type: r.type, gr: r.gr, object: JSON.parse(r.body), resourceVersion: r.rv });
      // Events committed but still queued for delivery were just replayed; do not deliver them twice.
      const replayedUpTo = rows.length ? rows[rows.length - 1].rv : 0;
      if (replayedUpTo > 0) {
        const fresh: StoreListener = (ev) => {
          if (ev.resourceVersion > replayedUpTo) listener(ev);
        };
        this.listeners.add(fresh);
        return () => this.listeners.delete(fresh);
      }
    }
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private remove(gr: string, obj: KubeObject) {
    const ns = obj.metadata.namespace ?? '';
    const uid = obj.metadata.uid ?? '';
    const dependents = this.db
      .prepare('SELECT gr, ns, name FROM owners WHERE owner_uid = ?')
      .all(uid) as { gr: string; ns: string; name: string }[];
    for (const d of dependents) {
      const child = this.get(d.gr, d.ns, d.name);
      if (child) this.remove(d.gr, child);
    }
    if (gr === '/namespaces') {
      const contained = this.db.prepare('SELECT gr, body FROM objects WHERE ns = ?').all(obj.metadata.name) as {
        gr: string;
        body: string;
      }[];
      for (const c of contained) {
        const child = JSON.parse(c.body) as KubeObject;
        if (this.get(c.gr, obj.metadata.name, child.metadata.name)) this.remove(c.gr, child);
      }
    }
    const rv = ++this.rv;
    const gone = { ...obj, metadata: { ...obj.metadata, resourceVersion: String(rv) } };
    this.db.prepare('DELETE FROM objects WHERE gr = ? AND ns = ? AND name = ?').run(gr, ns, obj.metadata.name);
    this.db.prepare('DELETE FROM owners WHERE gr = ? AND ns = ? AND name = ?').run(gr, ns, obj.metadata.name);
    this.appendEvent(gr, gone, 'DELETED', rv);
  }

  private write(gr: string, obj: KubeObject, type: WatchEventType, rv: number) {
    const ns = obj.metadata.namespace ?? '';
    const body = JSON.stringify(obj);
    this.db
      .prepare('INSERT OR REPLACE INTO objects (gr, ns, name, rv, body) VALUES (?, ?, ?, ?, ?)')
      .run(gr, ns, obj.metadata.name, rv, body);
    this.db.prepare('DELETE FROM owners WHERE gr = ? AND ns = ? AND name = ?').run(gr, ns, obj.metadata.name);
    for (const ref of obj.metadata.ownerReferences ?? []) {
      this.db.prepare('INSERT INTO owners (owner_uid, gr, ns, name) VALUES (?, ?, ?, ?)').run(ref.uid, gr, ns, obj.metadata.name);
    }
    this.appendEvent(gr, obj, type, rv);
  }

  private pending: StoreEvent[] = [];

  private appendEvent(gr: string, object: KubeObject, type: WatchEventType, rv: number) {
    this.db
      .prepare('INSERT INTO events (rv, gr, ns, name, type, body) VALUES (?, ?, ?, ?, ?, ?)')
      .run(rv, gr, object.metadata.namespace ?? '', object.metadata.name, type, JSON.stringify(object));
    this.pending.push({ type, gr, object, resourceVersion: rv });
    if (this.oldestRetained > rv) this.oldestRetained = rv;
  }

  private depth = 0;

  /** Runs `fn` in one transaction (nested calls join it); listeners hear of the events after the commit. */
  private transaction<T>(fn: () => T): T {
    if (this.depth > 0) return fn();
    const rvBefore = this.rv;
    this.depth++;
    let result: T;
    try {
      result = this.db.transaction(fn)();
    } catch (err) {
      this.rv = rvBefore;
      this.pending = [];
      throw err;
    } finally {
      this.depth--;
    }
    const events = this.pending;
    this.pending = [];
    this.maybePrune(events.length);
    this.dispatch(events);
    return result;
  }

  private undelivered: StoreEvent[] = [];
  private dispatching = false;

  /**
   * Tells every listener of every event in resourceVersion order. A write made
   * by a listener while it hears an event is queued behind that event rather
   * than delivered in the middle of it, so no listener ever hears rv N+1 before N.
   */
  private dispatch(events: StoreEvent[]) {
    this.undelivered.push(...events);
    if (this.dispatching) return;
    this.dispatching = true;
    try {
      for (let ev = this.undelivered.shift(); ev; ev = this.undelivered.shift()) {
        for (const l of this.listeners) {
          try {
            l(ev);
          } catch (err) {
            console.error('store listener failed', err);
          }
        }
      }
    } finally {
      this.dispatching = false;
    }
  }

  private maybePrune(written: number) {
    this.writesSincePrune += written;
    if (this.writesSincePrune < 1000) return;
    this.writesSincePrune = 0;
    const keepFrom = this.rv - HISTORY;
    if (keepFrom <= this.oldestRetained) return;
    this.db.prepare('DELETE FROM events WHERE rv < ?').run(keepFrom);
    this.oldestRetained = keepFrom;
  }
}

const groupOf = (gr: string) => gr.slice(0, gr.indexOf('/'));
const pluralOf = (gr: string) => gr.slice(gr.indexOf('/') + 1);

function randomSuffix() {
  const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
  let s = '';
  for (let i = 0; i < 5; i++) s += alphabet[Math.floor(Math.random() * alphabet.length)];
  return s;
}
