import { describe, expect, it } from 'vitest';
import { buildTopology } from './build';
import { groupBoxes, layoutModel, NODE_SIZE } from './layout';
import { broker, ksvc, pingSource, revision, svcRef, trigger } from './test-fixtures';
import type { TopologyInput } from './types';

const input: TopologyInput = {
  namespace: 'demo',
  services: [ksvc('a', { labels: { 'app.kubernetes.io/part-of': 'shop' } }), ksvc('b')],
  revisions: [revision('a-00001', 'a'), revision('b-00001', 'b')],
  brokers: [broker('default')],
  triggers: [trigger('t', 'default', 'a')],
  pingsources: [pingSource('ping', { ref: { apiVersion: 'eventing.knative.dev/v1', kind: 'Broker', name: 'default' } })],
};

function overlap(p: Map<string, { x: number; y: number }>, kinds: Map<string, keyof typeof NODE_SIZE>): boolean {
  const ids = [...p.keys()];
  return ids.some((a, i) =>
    ids.slice(i + 1).some((b) => {
      const A = { ...p.get(a)!, ...NODE_SIZE[kinds.get(a)!] };
      const B = { ...p.get(b)!, ...NODE_SIZE[kinds.get(b)!] };
      return A.x < B.x + B.width && B.x < A.x + A.width && A.y < B.y + B.height && B.y < A.y + A.height;
    }),
  );
}

describe('layoutModel', () => {
  const m = buildTopology(input);
  const kinds = new Map(m.nodes.map((n) => [n.id, n.data.kind]));
  const pos = layoutModel(m, new Map());

  it('places every node but groups, left to right: source → broker → service → revision', () => {
    expect(pos.size).toBe(m.nodes.filter((n) => n.data.kind !== 'group').length);
    const x = (id: string) => pos.get(id)!.x;
    expect(x('PingSource/demo/ping')).toBeLessThan(x('Broker/demo/default'));
    expect(x('Broker/demo/default')).toBeLessThan(x('Service/demo/a'));
    expect(x('Service/demo/a')).toBeLessThan(x('Revision/demo/a-00001'));
    expect(overlap(pos, kinds)).toBe(false);
  });

  it('keeps existing positions and places only new nodes, without overlaps', () => {
    const moved = new Map(pos);
    moved.set('Service/demo/b', { x: 5000, y: 5000 });
    const grown = buildTopology({ ...input, services: [...input.services!, ksvc('c')], triggers: [...input.triggers!, trigger('t2', 'default', 'c')], revisions: [...input.revisions!, revision('c-00001', 'c')] });
    const next = layoutModel(grown, moved);
    for (const [id, p] of moved) expect(next.get(id)).toEqual(p);
    expect(next.has('Service/demo/c')).toBe(true);
    // The new subscriber lands right of its broker, beside its siblings.
    expect(next.get('Service/demo/c')!.x).toBeGreaterThan(next.get('Broker/demo/default')!.x);
    expect(overlap(next, new Map(grown.nodes.map((n) => [n.id, n.data.kind])))).toBe(false);
  });

  it('returns the same positions when nothing is new (a pod-count change moves nothing)', () => {
    expect(layoutModel(m, pos)).toEqual(pos);
  });

  it('draws group boxes around their members', () => {
    const box = groupBoxes(m, pos).get('Group/demo/shop')!;
    const a = pos.get('Service/demo/a')!;
    expect(box.x).toBeLessThan(a.x);
    expect(box.y).toBeLessThan(a.y);
    expect(box.x + box.width).toBeGreaterThan(pos.get('Revision/demo/a-00001')!.x + NODE_SIZE.revision.width);
  });

  it('lays out 3,000 nodes in under a second when they form many small flows', () => {
    const n = 1000;
    const big = buildTopology({
      namespace: 'demo',
      services: Array.from({ length: n }, (_, i) => ksvc(`s${i}`)),
      brokers: Array.from({ length: 50 }, (_, i) => broker(`b${i}`)),
      triggers: Array.from({ length: n }, (_, i) => trigger(`t${i}`, `b${i % 50}`, `s${i}`)),
      pingsources: Array.from({ length: 200 }, (_, i) => pingSource(`p${i}`, { ref: { apiVersion: 'eventing.knative.dev/v1', kind: 'Broker', name: `b${i % 50}` } })),
    });
    const t0 = performance.now();
    const p = layoutModel(big, new Map());
    const ms = performance.now() - t0;
    expect(p.size).toBe(big.nodes.length);
    // Generous for a shared CI core; dagre itself takes seconds on this graph.
    expect(ms).toBeLessThan(1000);
  });
});
void svcRef;
