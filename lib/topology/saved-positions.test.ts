import { describe, expect, it } from 'vitest';
import { loadPositions, savePositions } from './saved-positions';

function memory() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), m };
}

describe('saved positions', () => {
  it('round-trips per namespace', () => {
    const s = memory();
    savePositions(s, 'a', new Map([['Service/a/x', { x: 10.4, y: 20 }]]));
    expect(loadPositions(s, 'a')).toEqual(new Map([['Service/a/x', { x: 10, y: 20 }]]));
    expect(loadPositions(s, 'b').size).toBe(0);
  });
  it('ignores corrupt entries', () => {
    const s = memory();
    s.setItem('topology.positions.a', '{not json');
    expect(loadPositions(s, 'a').size).toBe(0);
    s.setItem('topology.positions.a', JSON.stringify({ ok: { x: 1, y: 2 }, bad: { x: 'no' } }));
    expect([...loadPositions(s, 'a').keys()]).toEqual(['ok']);
  });
});
