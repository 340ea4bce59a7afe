import type Database from 'better-sqlite3';

/**
 * Opens the store's tables. WAL with synchronous=NORMAL: a committed write is in
 * the WAL before the API answers, so it survives the engine crashing or being
 * killed (-9); only an OS crash or power loss can roll back the last commits,
 * never corrupt the database. FULL would fsync every commit on the event loop
 * that also runs the ingress: several ms of stalled requests per write, which
 * showed as a slow first second for every request during a scale-up.
 */
export function openSchema(db: Database.Database) {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`
    CREATE TABLE IF NOT EXISTS objects (
      gr TEXT NOT NULL, ns TEXT NOT NULL, name TEXT NOT NULL,
      rv INTEGER NOT NULL, body TEXT NOT NULL,
      PRIMARY KEY (gr, ns, name)
    );
    CREATE INDEX IF NOT EXISTS objects_ns ON objects (ns);
    CREATE TABLE IF NOT EXISTS owners (
      owner_uid TEXT NOT NULL, gr TEXT NOT NULL, ns TEXT NOT NULL, name TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS owners_uid ON owners (owner_uid);
    CREATE INDEX IF NOT EXISTS owners_child ON owners (gr, ns, name);
    CREATE TABLE IF NOT EXISTS events (
      rv INTEGER PRIMARY KEY, gr TEXT NOT NULL, ns TEXT NOT NULL, name TEXT NOT NULL,
      type TEXT NOT NULL, body TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  `);
}
