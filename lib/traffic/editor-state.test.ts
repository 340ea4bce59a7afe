import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowsFromTraffic } from './convert';
import { trafficReducer, type TrafficAction } from './editor-state';

const revisions = ['s-00003', 's-00002', 's-00001'];
const start = () =>
  rowsFromTraffic([
    { revisionName: 's-00001', latestRevision: false, percent: 50 },
    { revisionName: 's-00002', latestRevision: false, percent: 50 },
  ]);

describe('trafficReducer', () => {
  it('moving one of two sliders to 80 puts the other at 20', () => {
    const rows = trafficReducer(start(), { type: 'percent', id: start()[0].id, value: 80 });
    expect(rows.map((r) => r.percent)).toEqual([80, 20]);
  });

  it('adds the next unused revision at 0 and stops when every revision is used', () => {
    const rows = trafficReducer(start(), { type: 'add', revisionNames: revisions });
    expect(rows.at(-1)).toMatchObject({ revisionName: 's-00003', percent: 0 });
    expect(trafficReducer(rows, { type: 'add', revisionNames: revisions })).toBe(rows);
  });

  it('ignores locks with two rows, so both sliders stay usable', () => {
    const [a, b] = start();
    const rows = trafficReducer([{ ...a, locked: true }, b], { type: 'percent', id: b.id, value: 10 });
    expect(rows.map((r) => r.percent)).toEqual([90, 10]);
  });

  it('never removes the last row', () => {
    const one = rowsFromTraffic(undefined);
    expect(trafficReducer(one, { type: 'remove', id: one[0].id })).toBe(one);
  });

  it('keeps every sequence of actions at exactly 100 with locked rows untouched', () => {
    // Actions name a row by position; it is resolved against the rows of the moment.
    const step = fc.oneof(
      fc.record({ type: fc.constant('percent' as const), k: fc.nat(), value: fc.integer({ min: -10, max: 110 }) }),
      fc.record({ type: fc.constant('lock' as const), k: fc.nat(), locked: fc.boolean() }),
      fc.record({ type: fc.constant('remove' as const), k: fc.nat() }),
      fc.constant({ type: 'add' as const, k: 0 }),
      fc.constant({ type: 'evenly' as const, k: 0 }),
    );
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 30 }), (steps) => {
        let rows = start();
        for (const s of steps) {
          const id = rows[s.k % rows.length].id;
          const action: TrafficAction =
            s.type === 'percent' ? { type: 'percent', id, value: s.value }
            : s.type === 'lock' ? { type: 'lock', id, locked: s.locked }
            : s.type === 'remove' ? { type: 'remove', id }
            : s.type === 'add' ? { type: 'add', revisionNames: revisions }
            : { type: 'evenly' };
          const before = rows;
          rows = trafficReducer(rows, action);
          expect(rows.reduce((sum, r) => sum + r.percent, 0)).toBe(100);
          expect(rows.every((r) => Number.isInteger(r.percent) && r.percent >= 0 && r.percent <= 100)).toBe(true);
          if (action.type === 'percent' && before.length > 2) {
            for (const r of before) if (r.locked && r.id !== id) expect(rows.find((x) => x.id === r.id)?.percent).toBe(r.percent);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });
});
