import Database from 'better-sqlite3';
import { deserializeRecord, serializeRecord, type CloudEventRecord } from '../event/cloud-event';
import { GroupCommit } from './group-commit';
import { openQueueSchema } from './schema';

export type TargetKind = 'trigger' | 'subscription';
/** send: to the subscriber; reply: a subscription's reply event to its reply; dls: to the dead-letter sink. */
export type Phase = 'send' | 'reply' | 'dls';

export interface Target {
  kind: TargetKind;
  name: string;
  uid: string;
}

/** Why a delivery went to the dead-letter sink (the knativeerror* extensions). */
export interface FailureInfo {
  dest: string;
  code: number;
  /** Response body, base64. */
  body?: string;
}

/** One (event, trigger) or (event, subscription) pair still to be delivered. */
export interface Delivery {
  eventId: number;
  /** The target's position in the event's recorded targets. */
  idx: number;
  ns: string;
  kind: TargetKind;
  name: string;
  uid: string;
  phase: Phase;
  /** Attempts already made in this phase. */
  attempt: number;
  /** Epoch ms before which it must not be tried. */
  nextAt: number;
  reply?: CloudEventRecord;
  failure?: FailureInfo;
  /** When the event entered the queue (for latency). */
  receivedAt: number;
  /** Its progress has a row (it left the fast path), to be deleted when it is done. */
  stored?: boolean;
}

interface StoredEvent {
  record: CloudEventRecord;
  receivedAt: number;
  pending: number;
}

type TargetTuple = [kind: TargetKind, name: string, uid: string];

interface ProgressRow {
  event_id: number; idx: number; phase: Phase; attempt: number; next_at: number; info: string | null;
}

/**
 * The durable queue behind brokers and channels. An accepted event is one row
 * holding the event and the targets it matched, committed before the sender
 * gets its 202; the deliveries themselves live in memory. A delivery is
 * written only when it leaves the fast path (save: a retry, a reply, the
 * dead-letter sink), and the event row is deleted once all its deliveries are
 * done. After a crash every target of an unfinished event is sent again,
 * from its saved progress if it has one: at least once, with duplicates for
 * targets that had already succeeded.
 */
export class EventQueue {
  readonly commit: GroupCommit;
  private readonly events = new Map<number, StoredEvent>();
  private lastEventId: number;

  private readonly db: Database.Database;

  /**
   * `file` is the queue's own SQLite database (`<dataDir>/eventing.db`), not the
   * store's: a group-committing writer holds the write lock for an fsync after
   * another, and sharing the file starved the API's writes ("database is locked").
   * This connection does schema and recovery; writes go through the writer thread.
   */
  constructor(file: string) {
    const db = (this.db = new Database(file));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    openQueueSchema(db);
    this.lastEventId = (db.prepare('SELECT max(id) AS n FROM eventing_queue').get() as { n: number | null }).n ?? 0;
    this.commit = new GroupCommit(db.name);
  }

  /** Stores an event for its targets; resolves with the deliveries once committed. */
  async append(ns: string, owner: { kind: 'broker' | 'channel'; name: string }, record: CloudEventRecord, targets: Target[]): Promise<Delivery[]> {
    if (targets.length === 0) return [];
    const now = Date.now();
    const eventId = ++this.lastEventId;
    const tuples = targets.map((t): TargetTuple => [t.kind, t.name, t.uid]);
    await this.commit.submit([['event', eventId, ns, owner.kind, owner.name, serializeRecord(record), now, JSON.stringify(tuples)]]);
    this.events.set(eventId, { record, receivedAt: now, pending: targets.length });
    return targets.map((t, idx) => ({ eventId, idx, ns, kind: t.kind, name: t.name, uid: t.uid, phase: 'send', attempt: 0, nextAt: now, receivedAt: now }));
  }

  event(eventId: number): CloudEventRecord | undefined {
    return this.events.get(eventId)?.record;
  }

  /** Records progress (a retry scheduled, a phase change); not awaited. */
  save(d: Delivery) {
    const info = d.reply || d.failure ? JSON.stringify({ reply: d.reply ? serializeRecord(d.reply) : undefined, failure: d.failure }) : null;
    d.stored = true;
    this.commit.enqueue([['progress', d.eventId, d.idx, d.phase, d.attempt, d.nextAt, info]]);
  }

  /** The delivery is finished (whatever the outcome); the event row goes with its last delivery. */
  done(d: Delivery) {
    const ev = this.events.get(d.eventId);
    const last = !ev || --ev.pending <= 0;
    if (last) this.events.delete(d.eventId);
    if (d.stored) this.commit.enqueue([['deleteProgress', d.eventId, d.idx]]);
    if (last) this.commit.enqueue([['deleteEvent', d.eventId]]);
  }

  /** Everything left from a previous run, oldest first: every target of every unfinished event. Call before any append. */
  recover(): Delivery[] {
    this.db.exec('DELETE FROM eventing_progress WHERE event_id NOT IN (SELECT id FROM eventing_queue)');
    const progress = new Map<string, ProgressRow>();
    for (const p of this.db.prepare('SELECT * FROM eventing_progress').all() as ProgressRow[]) progress.set(`${p.event_id}/${p.idx}`, p);
    const rows = this.db.prepare('SELECT id, ns, body, received_at, targets FROM eventing_queue ORDER BY id').all() as {
      id: number; ns: string; body: string; received_at: number; targets: string;
    }[];
    const now = Date.now();
    const out: Delivery[] = [];
    for (const r of rows) {
      const targets = JSON.parse(r.targets) as TargetTuple[];
      this.events.set(r.id, { record: deserializeRecord(r.body), receivedAt: r.received_at, pending: targets.length });
      targets.forEach(([kind, name, uid], idx) => {
        const d: Delivery = { eventId: r.id, idx, ns: r.ns, kind, name, uid, phase: 'send', attempt: 0, nextAt: now, receivedAt: r.received_at };
        const p = progress.get(`${r.id}/${idx}`);
        if (p) {
          const info = p.info ? (JSON.parse(p.info) as { reply?: string; failure?: FailureInfo }) : {};
          Object.assign(d, { phase: p.phase, attempt: p.attempt, nextAt: p.next_at, stored: true });
          if (info.reply) d.reply = deserializeRecord(info.reply);
          if (info.failure) d.failure = info.failure;
        }
        out.push(d);
      });
    }
    return out;
  }

  /** Events still stored (for tests and the bench). */
  depth(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM eventing_queue').get() as { n: number }).n;
  }

  /** Commits what is pending and stops the writer. */
  async close(): Promise<void> {
    await this.commit.close();
    this.db.close();
  }
}
