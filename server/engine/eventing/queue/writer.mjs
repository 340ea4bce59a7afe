// The eventing queue's SQLite writer, in its own thread: a commit under
// synchronous=FULL waits for an fsync (several ms), and waiting here instead of
// on the engine's event loop lets the loop keep receiving and sending events
// while the previous batch is being made durable. Plain JS so it loads in any
// runtime (tsx or not). Statements are named; ops are [name, ...params].
// The schema is created by the main thread (schema.ts) before this starts.
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';

const db = new Database(workerData.file, { timeout: 10_000 });
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');

const statements = {
  event: db.prepare('INSERT INTO eventing_queue (id, ns, owner_kind, owner_name, body, received_at, targets) VALUES (?, ?, ?, ?, ?, ?, ?)'),
  progress: db.prepare('INSERT OR REPLACE INTO eventing_progress (event_id, idx, phase, attempt, next_at, info) VALUES (?, ?, ?, ?, ?, ?)'),
  deleteProgress: db.prepare('DELETE FROM eventing_progress WHERE event_id = ? AND idx = ?'),
  deleteEvent: db.prepare('DELETE FROM eventing_queue WHERE id = ?'),
};

const apply = db.transaction((ops) => {
  for (const [name, ...params] of ops) statements[name].run(...params);
});

parentPort.on('message', (msg) => {
  if (msg === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  try {
    apply(msg.ops);
    parentPort.postMessage({ id: msg.id });
  } catch (err) {
    parentPort.postMessage({ id: msg.id, error: err instanceof Error ? err.message : String(err) });
  }
});
