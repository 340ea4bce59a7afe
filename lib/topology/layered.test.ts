import { describe, expect, it } from 'vitest';
import { layeredLayout } from './layered';

const box = (id: string) => ({ id, width: 100, height: 40 });

describe('layeredLayout', () => {
  it('ranks left to right by longest path and stacks each rank without overlap', () => {
    const p = layeredLayout(['src', 'b', 's1', 's2', 'r1'].map(box), [
      { source: 'src', target: 'b' },
      { source: 'b', target: 's1' },
      { source: 'b', target: 's2' },
      { source: 's1', target: 'r1' },
      { source: 'src', target: 's2' },
    ]);
    expect(p.get('src')!.x).toBeLessThan(p.get('b')!.x);
    expect(p.get('b')!.x).toBeLessThan(p.get('s1')!.x);
    expect(p.get('s1')!.x).toBe(p.get('s2')!.x); // s2 is two hops from src through b
    expect(Math.abs(p.get('s1')!.y - p.get('s2')!.y)).toBeGreaterThanOrEqual(40);
    expect(p.get('r1')!.x).toBeGreaterThan(p.get('s1')!.x);
  });

  it('terminates on cycles and places every node', () => {
    const p = layeredLayout(['a', 'b', 'c'].map(box), [
      { source: 'a', target: 'b' },
      { source: 'b', target: 'c' },
      { source: 'c', target: 'b' },
    ]);
    expect(p.size).toBe(3);
    expect(p.get('b')!.x).toBeGreaterThan(p.get('a')!.x);
  });
});
