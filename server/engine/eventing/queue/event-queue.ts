import Database from 'better-sqlite3';
import { deserializeRecord, serializeRecord, type CloudEventRecord } from '../event/cloud-event';
import { GroupCommit, type WriteOp } from './group-commit';

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

/** One (event, trigger) or (event, subscription) pair still to be delivered: a row in eventing_deliveries. */
export interface Delivery {
  id: number;
  eventId: number;
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
}

interface StoredEvent {
  record: CloudEventRecord;
  receivedAt: number;
  pending: number;
}

export function openQueueSchema(db: Database.Database) {
  db.exec(`
    CREATE TABLE IF NOT EXISTS eventing_events (
      id INTEGER PRIMARY KEY,
      ns TEXT NOT NULL, owner_kind TEXT NOT NULL, owner_name TEXT NOT NULL,
      body TEXT NOT NULL, received_at INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS eventing_deliveries (
      id INTEGER PRIMARY KEY,
      event_id INTEGER NOT NULL, ns TEXT NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL, uid TEXT NOT NULL,
      phase TEXT NOT NULL, attempt INTEGER NOT NULL, next_at INTEGER NOT NULL, info TEXT
    );
    CREATE INDEX IF NOT EXISTS eventing_deliveries_event ON eventing_deliveries (event_id);
  `);
}

/**
 * The durable queue behind brokers and channels. An accepted event is one row
 * in eventing_events plus one row per matching trigger / subscription in
 * eventing_deliveries, written in the same transaction before the sender gets
 * its 202. A delivery row is deleted when it is done (delivered, dead-lettered
 * or given up), the event row with its last delivery. A crash between a send
 * and that delete means the event is sent again: at least once.
 */
export class EventQueue {
  readonly commit: GroupCommit;
  private readonly events = new Map<number, StoredEvent>();
  private lastEventId: number;
  private lastDeliveryId: number;

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
    const max = (table: string) => (db.prepare(`SELECT max(id) AS n FROM ${table}`).get() as { n: number | null }).n ?? 0;
    this.lastEventId = max('eventing_events');
    this.lastDeliveryId = max('eventing_deliveries');
    this.commit = new GroupCommit(db.name);
  }

  /** Stores an event for its targets; resolves with the deliveries once committed. */
  async append(ns: string, owner: { kind: 'broker' | 'channel'; name: string }, record: CloudEventRecord, targets: Target[]): Promise<Delivery[]> {
    if (targets.length === 0) return [];
    const now = Date.now();
    const eventId = ++this.lastEventId;
    const deliveries: Delivery[] = targets.map((t) => ({
      id: ++this.lastDeliveryId, eventId, ns, kind: t.kind, name: t.name, uid: t.uid, phase: 'send', attempt: 0, nextAt: now, receivedAt: now,
    }));
    await this.commit.submit([
      ['event', eventId, ns, owner.kind, owner.name, serializeRecord(record), now],
      ...deliveries.map((d): WriteOp => ['delivery', d.id, eventId, ns, d.kind, d.name, d.uid, now]),
    ]);
    this.events.set(eventId, { record, receivedAt: now, pending: deliveries.length });
    return deliveries;
  }

  event(eventId: number): CloudEventRecord | undefined {
    return this.events.get(eventId)?.record;
  }

  /** Records progress (a retry scheduled, a phase change); not awaited. */
  save(d: Delivery) {
    const info = d.reply || d.failure ? JSON.stringify({ reply: d.reply ? serializeRecord(d.reply) : undefined, failure: d.failure }) : null;
    this.commit.enqueue([['update', d.phase, d.attempt, d.nextAt, info, d.id]]);
  }

  /** The delivery is finished (whatever the outcome); the event goes with its last delivery. */
  done(d: Delivery) {
    const ev = this.events.get(d.eventId);
    const last = !ev || --ev.pending <= 0;
    if (last) this.events.delete(d.eventId);
    this.commit.enqueue(last ? [['deleteDelivery', d.id], ['deleteEvent', d.eventId]] : [['deleteDelivery', d.id]]);
  }

  /** Everything left from a previous run, oldest first; events without deliveries are dropped. Call before any append. */
  recover(): Delivery[] {
    this.db.exec('DELETE FROM eventing_events WHERE id NOT IN (SELECT event_id FROM eventing_deliveries)');
    this.db.exec('DELETE FROM eventing_deliveries WHERE event_id NOT IN (SELECT id FROM eventing_events)');
    const evRows = this.db.prepare('SELECT id, body, received_at FROM eventing_events').all() as { id: number; body: string; received_at: number }[];
    for (const r of evRows) this.events.set(r.id, { record: deserializeRecord(r.body), receivedAt: r.received_at, pending: 0 });
    const rows = this.db.prepare('SELECT * FROM eventing_deliveries ORDER BY id').all() as {
      id: number; event_id: number; ns: string; kind: TargetKind; name: string; uid: string; phase: Phase; attempt: number; next_at: number; info: string | null;
    }[];
    return rows.map((r) => {
      const ev = this.events.get(r.event_id)!;
      ev.pending++;
      const info = r.info ? (JSON.parse(r.info) as { reply?: string; failure?: FailureInfo }) : {};
      return {
        id: r.id, eventId: r.event_id, ns: r.ns, kind: r.kind, name: r.name, uid: r.uid, phase: r.phase,
        attempt: r.attempt, nextAt: r.next_at, receivedAt: ev.receivedAt,
        ...(info.reply ? { reply: deserializeRecord(info.reply) } : {}),
        ...(info.failure ? { failure: info.failure } : {}),
      };
    });
  }

  /** Deliveries still stored (for tests and the bench). */
  depth(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM eventing_deliveries').get() as { n: number }).n;
  }

  /** Commits what is pending and stops the writer. */
  async close(): Promise<void> {
    await this.commit.close();
    this.db.close();
  }
}
