import type { KubeObject } from '../resources/types';
import type { Store, StoreEvent } from '../store/store';

export interface ObjectKey {
  namespace: string;
  name: string;
}

export interface ReconcileResult {
  /** Reconcile this key again after so many milliseconds (time-driven work: timeouts, windows). */
  requeueAfterMs?: number;
}

export interface ControllerOptions {
  name: string;
  store: Store;
  /** Storage key (`group/plural`) of the kind this controller reconciles. */
  gr: string;
  /** Other kinds whose changes should reconcile some primary objects. */
  watches?: { gr: string; map: (obj: KubeObject) => ObjectKey[] }[];
  reconcile: (key: ObjectKey) => Promise<ReconcileResult | void> | ReconcileResult | void;
}

export interface Controller {
  enqueue(key: ObjectKey, afterMs?: number): void;
  stop(): void;
}

const MAX_BACKOFF_MS = 30_000;

/**
 * A level-triggered work queue over the store, like controller-runtime's:
 * every object of the kind is reconciled at start, then on every change to it
 * or to a watched kind that maps to it. A key is never reconciled twice at
 * once; a change during a reconcile runs it again afterwards. Errors retry
 * with exponential backoff.
 */
export function startController(opts: ControllerOptions): Controller {
  const dirty = new Set<string>();
  const running = new Set<string>();
  const timers = new Map<string, NodeJS.Timeout>();
  const failures = new Map<string, number>();
  let stopped = false;

  const keyOf = (k: ObjectKey) => `${k.namespace}/${k.name}`;
  const parse = (s: string): ObjectKey => {
    const i = s.indexOf('/');
    return { namespace: s.slice(0, i), name: s.slice(i + 1) };
  };

  function enqueue(key: ObjectKey, afterMs = 0) {
    if (stopped) return;
    const k = keyOf(key);
    if (afterMs > 0) {
      const existing = timers.get(k);
      if (existing) clearTimeout(existing);
      timers.set(
        k,
        setTimeout(() => {
          timers.delete(k);
          enqueue(key);
        }, afterMs),
      );
      return;
    }
    dirty.add(k);
    if (!running.has(k)) void run(k);
  }

  async function run(k: string) {
    running.add(k);
    while (dirty.has(k) && !stopped) {
      dirty.delete(k);
      try {
        const result = await opts.reconcile(parse(k));
        failures.delete(k);
        if (result?.requeueAfterMs) enqueue(parse(k), result.requeueAfterMs);
      } catch (err) {
        const n = (failures.get(k) ?? 0) + 1;
        failures.set(k, n);
        const delay = Math.min(MAX_BACKOFF_MS, 50 * 2 ** n);
        if (n <= 3 || n % 10 === 0) console.error(`[${opts.name}] reconcile ${k} failed (attempt ${n}):`, err);
        enqueue(parse(k), delay);
      }
    }
    running.delete(k);
  }

  const onEvent = (ev: StoreEvent) => {
    if (ev.gr === opts.gr) {
      enqueue({ namespace: ev.object.metadata.namespace ?? '', name: ev.object.metadata.name });
    }
    for (const w of opts.watches ?? []) {
      if (w.gr === ev.gr) for (const key of w.map(ev.object)) enqueue(key);
    }
  };
  const unwatch = opts.store.watch(onEvent);
  for (const obj of opts.store.list(opts.gr)) {
    enqueue({ namespace: obj.metadata.namespace ?? '', name: obj.metadata.name });
  }

  return {
    enqueue,
    stop() {
      stopped = true;
      unwatch();
      for (const t of timers.values()) clearTimeout(t);
      timers.clear();
    },
  };
}

/** Maps an object to its controlling owner of the given kind, for `watches`. */
export const toControllingOwner =
  (kind: string) =>
  (obj: KubeObject): ObjectKey[] => {
    const ref = obj.metadata.ownerReferences?.find((r) => r.kind === kind && r.controller);
    return ref ? [{ namespace: obj.metadata.namespace ?? '', name: ref.name }] : [];
  };
