import { describe, expect, it } from 'vitest';
import { Deadlines } from './deadlines';

const item = (deadline: number, log: number[]) => ({ deadline, expire: () => log.push(deadline) });

describe('Deadlines', () => {
  it('expires what is due, once, and keeps the rest', () => {
    const d = new Deadlines();
    const log: number[] = [];
    for (const t of [300, 100, 200]) d.add(item(t, log));
    d.sweep(150);
    expect(log).toEqual([100]);
    d.sweep(150);
    expect(log).toEqual([100]);
    d.sweep(300);
    expect(log.sort()).toEqual([100, 200, 300]);
    expect(d.size).toBe(0);
  });

  it('forgets a request that finished before its deadline', () => {
    const d = new Deadlines();
    const log: number[] = [];
    const x = item(100, log);
    d.add(x);
    d.delete(x);
    d.sweep(1000);
    expect(log).toEqual([]);
  });
});
