import { ConcurrencyStats } from './concurrency';
import { choosePod } from './pick';

/** Queue depth of the activator's per-revision breaker (pkg/activator/net/throttler.go). */
export const ACTIVATOR_QUEUE_DEPTH = 10_000;
/** queue-proxy's breaker queue per pod: 10 × containerConcurrency. */
export const POD_QUEUE_FACTOR = 10;

export class QueueFullError extends Error {
  constructor() {
    super('pending request queue full');
  }
}

/** A ready pod as the data plane sees it. */
export interface PodSlot<P = unknown> {
  name: string;
  /** Requests holding one of its CC slots (or, at CC=0, simply on it). */
  inFlight: number;
  /** Requests waiting in its breaker queue (CC ≥ 1 only). */
  queue: Waiter<P>[];
  stats: ConcurrencyStats;
  data: P;
  removed?: boolean;
}

export interface Waiter<P> {
  proxied: boolean;
  /** The pod whose breaker queue holds it (already counted in that pod's stats). */
  at?: PodSlot<P>;
  resolve(lease: Lease<P>): void;
  reject(err: Error): void;
  settled?: boolean;
}

/** A granted slot; `release` it exactly once when the response is done. */
export interface Lease<P> {
  pod: PodSlot<P>;
  proxied: boolean;
}

export type Acquired<P> = { lease: Lease<P> } | { wait: Promise<Lease<P>>; cancel(): void };

/**
 * One revision's request admission: the activator (buffer while no pod can
 * take the request, up to 10,000) and each pod's queue-proxy breaker
 * (containerConcurrency in flight, 10×CC queued, 503 beyond), with the
 * activator's load-balancing policy. Pure bookkeeping: no sockets here.
 */
export class RevisionThrottler<P = unknown> {
  cc = 0;
  private pods: PodSlot<P>[] = [];
  private readonly queue: Waiter<P>[] = [];
  private readonly rr = { next: 0 };
  readonly activatorStats: ConcurrencyStats;

  constructor(now: number, private readonly rand: () => number = Math.random) {
    this.activatorStats = new ConcurrencyStats(now);
  }

  get readyPods(): readonly PodSlot<P>[] {
    return this.pods;
  }

  get queued() {
    return this.queue.length;
  }

  /**
   * `viaActivator`: the autoscaler keeps the activator in the path (Proxy
   * mode). Otherwise requests go straight to a pod's breaker (Serve mode),
   * unless no pod is ready or requests are already buffered.
   */
  acquire(viaActivator: boolean, now: number): Acquired<P> {
    if (!viaActivator && this.pods.length > 0 && this.queue.length === 0) return this.direct(now);
    const free = this.queue.length === 0 ? this.freePod() : undefined;
    if (free) return { lease: this.grant(free, true, now) };
    if (this.queue.length >= ACTIVATOR_QUEUE_DEPTH) throw new QueueFullError();
    return this.enqueue(this.queue, true, now);
  }

  release(lease: Lease<P>, now: number) {
    const pod = lease.pod;
    pod.inFlight--;
    pod.stats.end(lease.proxied, now);
    if (lease.proxied) this.activatorStats.end(false, now);
    const next = pod.queue.shift();
    if (next && !pod.removed) {
      this.settle(next, pod, now);
      return;
    }
    this.drain(now);
  }

  /** The revision's ready pods changed: keep the survivors' counters, serve the buffer. */
  setPods(next: { name: string; data: P }[], now: number) {
    const byName = new Map(this.pods.map((p) => [p.name, p]));
    const kept = next.map(({ name, data }) => {
      const have = byName.get(name);
      byName.delete(name);
      if (have) {
        have.data = data;
        return have;
      }
      return { name, inFlight: 0, queue: [], stats: new ConcurrencyStats(now), data } as PodSlot<P>;
    });
    this.pods = kept;
    for (const gone of byName.values()) {
      gone.removed = true;
      // Requests still queued at a pod that left go back to the activator, first in line.
      const moved = gone.queue.splice(0);
      for (const w of moved) w.at = undefined;
      this.queue.unshift(...moved);
    }
    this.drain(now);
  }

  /** Rejects everything waiting (engine stopping, revision deleted). */
  close(err: Error) {
    for (const w of this.queue.splice(0)) fail(w, err);
    for (const p of this.pods) for (const w of p.queue.splice(0)) fail(w, err);
  }

  private direct(now: number): Acquired<P> {
    const idx = choosePod(this.pods, this.cc, this.rand, this.rr);
    if (idx >= 0) return { lease: this.grant(this.pods[idx], false, now) };
    // Every pod is at its limit: wait in the least-queued pod's breaker.
    const pod = this.pods.reduce((a, b) => (b.queue.length < a.queue.length ? b : a));
    if (pod.queue.length >= POD_QUEUE_FACTOR * this.cc) throw new QueueFullError();
    return this.enqueue(pod.queue, false, now, pod);
  }

  private freePod(): PodSlot<P> | undefined {
    const idx = choosePod(this.pods, this.cc, this.rand, this.rr);
    return idx >= 0 ? this.pods[idx] : undefined;
  }

  private grant(pod: PodSlot<P>, proxied: boolean, now: number): Lease<P> {
    pod.inFlight++;
    pod.stats.start(proxied, now);
    if (proxied) this.activatorStats.start(false, now);
    return { pod, proxied };
  }

  private enqueue(queue: Waiter<P>[], proxied: boolean, now: number, pod?: PodSlot<P>): Acquired<P> {
    let waiter!: Waiter<P>;
    if (proxied) this.activatorStats.start(false, now);
    // A request in a pod's breaker queue already counts as that pod's concurrency (queue-proxy does the same).
    if (pod) pod.stats.start(false, now);
    const wait = new Promise<Lease<P>>((resolve, reject) => {
      waiter = { proxied, at: pod, resolve, reject };
    });
    queue.push(waiter);
    let done = false;
    const cancel = () => {
      if (done) return;
      done = true;
      const t = Date.now();
      if (waiter.settled && !waiter.at) {
        // Rejected by close(): only the activator's count is still open.
        if (proxied) this.activatorStats.end(false, t);
        return;
      }
      if (waiter.settled) return;
      waiter.settled = true;
      for (const q of [queue, this.queue]) {
        const i = q.indexOf(waiter);
        if (i >= 0) q.splice(i, 1);
      }
      if (proxied) this.activatorStats.end(false, t);
      waiter.at?.stats.end(false, t);
    };
    return { wait, cancel };
  }

  /** Gives `pod`'s slot to a waiter. */
  private settle(w: Waiter<P>, pod: PodSlot<P>, now: number) {
    if (w.settled) return;
    w.settled = true;
    pod.inFlight++;
    if (w.at !== pod) pod.stats.start(w.proxied, now);
    w.at = pod;
    w.resolve({ pod, proxied: w.proxied });
  }

  /** Hands buffered requests to pods with a free slot, oldest first. */
  private drain(now: number) {
    while (this.queue.length > 0) {
      const pod = this.freePod();
      if (!pod) return;
      const w = this.queue.shift()!;
      this.settle(w, pod, now);
    }
  }
}

function fail<P>(w: Waiter<P>, err: Error) {
  if (w.settled) return;
  w.settled = true;
  w.reject(err);
}
