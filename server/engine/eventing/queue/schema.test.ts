import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { serializeRecord } from '../event/cloud-event';
import { EventQueue } from './event-queue';

describe('queue schema', () => {
  it('carries over a queue written one row per delivery, with each delivery’s progress', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'evq-')), 'eventing.db');
    const old = new Database(file);
    old.exec(`
      CREATE TABLE eventing_events (id INTEGER PRIMARY KEY, ns TEXT NOT NULL, owner_kind TEXT NOT NULL, owner_name TEXT NOT NULL, body TEXT NOT NULL, received_at INTEGER NOT NULL);
      CREATE TABLE eventing_deliveries (id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL, ns TEXT NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL, uid TEXT NOT NULL,
        phase TEXT NOT NULL, attempt INTEGER NOT NULL, next_at INTEGER NOT NULL, info TEXT);
    `);
    const body = serializeRecord({ attrs: { specversion: '1.0', id: 'e1', source: '/s', type: 't' } });
    old.prepare('INSERT INTO eventing_events VALUES (7, ?, ?, ?, ?, ?)').run('ns', 'broker', 'br', body, 1000);
    old.prepare("INSERT INTO eventing_deliveries VALUES (1, 7, 'ns', 'trigger', 'a', 'ua', 'send', 0, 1000, NULL)").run();
    old.prepare("INSERT INTO eventing_deliveries VALUES (2, 7, 'ns', 'trigger', 'b', 'ub', 'dls', 2, 5000, ?)").run(JSON.stringify({ failure: { dest: 'http://x', code: 500 } }));
    old.close();

    const q = new EventQueue(file);
    const left = q.recover();
    expect(left).toMatchObject([
      { eventId: 7, idx: 0, name: 'a', phase: 'send', attempt: 0 },
      { eventId: 7, idx: 1, name: 'b', uid: 'ub', phase: 'dls', attempt: 2, nextAt: 5000, failure: { code: 500 } },
    ]);
    expect(q.event(7)?.attrs.id).toBe('e1');
    const [fresh] = await q.append('ns', { kind: 'broker', name: 'br' }, { attrs: { specversion: '1.0', id: 'e2', source: '/s', type: 't' } }, [{ kind: 'trigger', name: 'a', uid: 'ua' }]);
    expect(fresh.eventId).toBeGreaterThan(7);
    await q.close();
  });
});
