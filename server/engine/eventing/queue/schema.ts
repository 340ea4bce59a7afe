import type Database from 'better-sqlite3';

/**
 * The queue's tables. `eventing_queue` holds an accepted event with the
 * targets it matched on arrival (JSON `[[kind, name, uid], …]`), so a restart
 * knows whom it still owes. `eventing_progress` holds a delivery only once it
 * leaves the fast path (a retry scheduled, a reply to send, the dead-letter
 * sink); a first attempt that succeeds never writes one.
 */
export function openQueueSchema(db: Database.Database) {
  db.exec(`
    CREATE TABLE IF NOT EXISTS eventing_queue (
      id INTEGER PRIMARY KEY,
      ns TEXT NOT NULL, owner_kind TEXT NOT NULL, owner_name TEXT NOT NULL,
      body TEXT NOT NULL, received_at INTEGER NOT NULL, targets TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS eventing_progress (
      event_id INTEGER NOT NULL, idx INTEGER NOT NULL,
      phase TEXT NOT NULL, attempt INTEGER NOT NULL, next_at INTEGER NOT NULL, info TEXT,
      PRIMARY KEY (event_id, idx)
    ) WITHOUT ROWID;
  `);
  migrateRowPerDelivery(db);
}

interface LegacyDelivery {
  event_id: number; kind: string; name: string; uid: string; phase: string; attempt: number; next_at: number; info: string | null;
}

/**
 * Queues written by earlier versions kept one row per delivery
 * (eventing_events + eventing_deliveries). Their acknowledged events are
 * carried over once, with each delivery's progress, so an upgrade loses none.
 */
function migrateRowPerDelivery(db: Database.Database) {
  const legacy = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'eventing_deliveries'").get();
  if (!legacy) return;
  db.transaction(() => {
    const byEvent = new Map<number, LegacyDelivery[]>();
    for (const d of db.prepare('SELECT * FROM eventing_deliveries ORDER BY id').all() as LegacyDelivery[]) {
      const list = byEvent.get(d.event_id) ?? [];
      list.push(d);
      byEvent.set(d.event_id, list);
    }
    const insertEvent = db.prepare(
      'INSERT OR IGNORE INTO eventing_queue (id, ns, owner_kind, owner_name, body, received_at, targets) SELECT id, ns, owner_kind, owner_name, body, received_at, ? FROM eventing_events WHERE id = ?',
    );
    const insertProgress = db.prepare('INSERT OR REPLACE INTO eventing_progress (event_id, idx, phase, attempt, next_at, info) VALUES (?, ?, ?, ?, ?, ?)');
    for (const [eventId, ds] of byEvent) {
      insertEvent.run(JSON.stringify(ds.map((d) => [d.kind, d.name, d.uid])), eventId);
      ds.forEach((d, idx) => {
        if (d.phase !== 'send' || d.attempt > 0 || d.info) insertProgress.run(eventId, idx, d.phase, d.attempt, d.next_at, d.info);
      });
    }
    db.exec('DROP TABLE eventing_deliveries; DROP TABLE IF EXISTS eventing_events;');
  })();
}
