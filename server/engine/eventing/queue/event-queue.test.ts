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
  it('gives back on reopening every delivery not done, with its progress', async () => {
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
    expect(q.commit.stats.commits).toBeLessThan(22); // concurrent appends share commits

    const again = new EventQueue(file);
    const left = again.recover();
    expect(left).toHaveLength(21);
    const back = left.find((d) => d.id === d2.id)!;
    expect(back).toMatchObject({ name: 'b', attempt: 3, nextAt: 12345, phase: 'dls', failure: { code: 503 } });
    expect(again.event(back.eventId)).toEqual(event('e1'));
    // New rows never reuse a live id.
    const [fresh] = await again.append('ns', { kind: 'broker', name: 'br' }, event('e2'), targets.slice(0, 1));
    expect(left.map((d) => d.id)).not.toContain(fresh.id);
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
