import type Database from 'better-sqlite3';

/** Opens the store's tables; durability first: WAL with a full sync on every commit. */
export function openSchema(db: Database.Database) {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
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
