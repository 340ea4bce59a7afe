import { Worker } from 'node:worker_threads';

/** A write the writer thread knows by name (see writer.mjs): `[statement, ...params]`. */
export type WriteOp = [name: 'event' | 'progress' | 'deleteProgress' | 'deleteEvent', ...params: (string | number | null)[]];

interface Batch {
  ops: WriteOp[];
  waiters: { resolve: () => void; reject: (err: Error) => void }[];
}

/**
 * Group commit through a writer thread: while one batch is being committed
 * (one transaction, one fsync), everything submitted meanwhile gathers into the
 * next. A submitter is answered only after its batch is durable. Batches are
 * committed in submission order, so a later write never lands before an earlier.
 */
export class GroupCommit {
  private readonly worker: Worker;
  private next: Batch = { ops: [], waiters: [] };
  private inFlight: Batch | undefined;
  private seq = 0;
  private closing: Promise<void> | undefined;
  private idle: (() => void) | undefined;
  /** Set when the writer thread is gone: nothing can be made durable any more, so nothing is acknowledged. */
  private dead: string | undefined;
  /** Transactions committed and ops applied, for the bench and tests. */
  readonly stats = { commits: 0, ops: 0 };

  constructor(file: string) {
    this.worker = new Worker(new URL('./writer.mjs', import.meta.url), { workerData: { file } });
    this.worker.unref();
    this.worker.on('message', (msg: { id: number; error?: string }) => this.settle(msg.error));
    this.worker.on('error', (err) => {
      this.dead = `queue writer failed: ${err.message}`;
      console.error('[eventing]', this.dead);
    });
    this.worker.on('exit', () => {
      this.dead ??= 'queue writer stopped';
      this.settle(this.dead);
      for (const w of this.next.waiters) w.reject(new Error(this.dead));
      this.next = { ops: [], waiters: [] };
      this.idle?.();
    });
  }

  /** Applies `ops` in the next transaction; resolves once it is committed. */
  submit(ops: WriteOp[]): Promise<void> {
    if (this.closing || this.dead) return Promise.reject(new Error(this.dead ?? 'the event queue is shutting down'));
    return new Promise((resolve, reject) => {
      this.next.ops.push(...ops);
      this.next.waiters.push({ resolve, reject });
      this.kick();
    });
  }

  /** Like submit, for writes nobody waits on (progress of deliveries); failures are logged. */
  enqueue(ops: WriteOp[]) {
    if (this.closing || this.dead) return;
    this.next.ops.push(...ops);
    this.kick();
  }

  /** Commits what is pending, then stops the writer thread. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      while (!this.dead && (this.inFlight || this.next.ops.length)) {
        await new Promise<void>((r) => (this.idle = r));
      }
      if (!this.dead) this.worker.postMessage('close');
    })();
    return this.closing;
  }

  private kick() {
    if (this.dead || this.inFlight || this.next.ops.length === 0) return;
    this.inFlight = this.next;
    this.next = { ops: [], waiters: [] };
    this.worker.postMessage({ id: ++this.seq, ops: this.inFlight.ops });
  }

  private settle(error: string | undefined) {
    const batch = this.inFlight;
    this.inFlight = undefined;
    if (batch) {
      if (error === undefined) {
        this.stats.commits++;
        this.stats.ops += batch.ops.length;
      } else if (batch.waiters.length === 0) console.error('[eventing] queue write failed:', error);
      for (const w of batch.waiters) {
        if (error === undefined) w.resolve();
        else w.reject(new Error(error));
      }
    }
    this.kick();
    if (!this.inFlight && this.idle) {
      const idle = this.idle;
      this.idle = undefined;
      idle();
    }
  }
}
