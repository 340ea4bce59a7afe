import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EventQueue } from './event-queue';

const event = (id: string) => ({ attrs: { specversion: '1.0', id, source: '/t', type: 't' }, data: Buffer.from([1, 2, 3]) });
const targets = [
  { kind: 'trigger' as const, name: 'a', uid: 'ua' },
  { kind: 'trigger' as const, name: 'b', uid: 'ub' },
];

describe('EventQueue', () => {
  it('gives back on reopening every target of an unfinished event, with the progress saved', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'evq-')), 'eventing.db');
    const q = new EventQueue(file);
    expect(q.recover()).toEqual([]);
    const [d1, d2] = await q.append('ns', { kind: 'broker', name: 'br' }, event('e1'), targets);
    await Promise.all(Array.from({ length: 20 }, (_, i) => q.append('ns', { kind: 'broker', name: 'br' }, event(`x${i}`), targets.slice(0, 1))));
    q.done(d1);
    d2.attempt = 3;
    d2.nextAt = 12345;
    d2.phase = 'dls';
    d2.failure = { dest: 'http://sub', code: 503, body: 'Ym9vbQ==' };
    q.save(d2);
    await q.close();
    expect(q.commit.stats.commits).toBeLessThan(21); // concurrent appends share commits

    const again = new EventQueue(file);
    const left = again.recover();
    // d1 finished on the fast path, which writes nothing: it is sent again (at least once).
    expect(left).toHaveLength(22);
    expect(left.find((d) => d.eventId === d1.eventId && d.idx === d1.idx)).toMatchObject({ name: 'a', phase: 'send', attempt: 0 });
    const back = left.find((d) => d.eventId === d2.eventId && d.idx === d2.idx)!;
    expect(back).toMatchObject({ name: 'b', uid: 'ub', attempt: 3, nextAt: 12345, phase: 'dls', failure: { code: 503 }, stored: true });
    expect(again.event(back.eventId)).toEqual(event('e1'));
    // New rows never reuse a live id.
    const [fresh] = await again.append('ns', { kind: 'broker', name: 'br' }, event('e2'), targets.slice(0, 1));
    expect(left.map((d) => d.eventId)).not.toContain(fresh.eventId);
    await again.close();
  });

  it('writes nothing per delivery on the fast path, one row per event', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'evq-')), 'eventing.db');
    const q = new EventQueue(file);
    q.recover();
    const ds = await q.append('ns', { kind: 'broker', name: 'br' }, event('e1'), [...targets, { kind: 'trigger', name: 'c', uid: 'uc' }]);
    const opsAfterAppend = q.commit.stats.ops;
    expect(opsAfterAppend).toBe(1);
    q.done(ds[0]);
    q.done(ds[1]);
    q.save(ds[2]); // a retry: now it has a row
    q.done(ds[2]);
    await q.close();
    expect(q.commit.stats.ops - opsAfterAppend).toBe(3); // its progress row, that row's delete, the event's delete
    const again = new EventQueue(file);
    expect(again.recover()).toEqual([]);
    await again.close();
  });

  it('drops an event with its last delivery', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'evq-')), 'eventing.db');
    const q = new EventQueue(file);
    q.recover();
    const ds = await q.append('ns', { kind: 'channel', name: 'c' }, event('e1'), targets);
    for (const d of ds) q.done(d);
    expect(q.event(ds[0].eventId)).toBeUndefined();
    await q.close();
    const again = new EventQueue(file);
    expect(again.recover()).toEqual([]);
    expect(again.depth()).toBe(0);
    await again.close();
  });
});
