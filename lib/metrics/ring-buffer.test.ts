import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RingBuffer } from './ring-buffer';

describe('RingBuffer', () => {
  it('keeps the newest `capacity` items, oldest first', () => {
    const r = new RingBuffer<number>(3);
    for (let i = 1; i <= 5; i++) r.push(i);
    expect(r.toArray()).toEqual([3, 4, 5]);
    expect(r.length).toBe(3);
    expect(r.last()).toBe(5);
  });

  it('behaves like the tail of an array for any pushes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.array(fc.integer(), { maxLength: 100 }), (cap, items) => {
        const r = new RingBuffer<number>(cap);
        for (const i of items) r.push(i);
        expect(r.toArray()).toEqual(items.slice(-cap));
      }),
    );
  });

  it('filters in order', () => {
    const r = new RingBuffer<{ t: number }>(10);
    for (let t = 0; t < 15; t++) r.push({ t });
    expect(r.filter((p) => p.t >= 12).map((p) => p.t)).toEqual([12, 13, 14]);
  });

  it('refuses a useless capacity', () => {
    expect(() => new RingBuffer(0)).toThrow();
  });
});
