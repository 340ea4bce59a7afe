import { describe, expect, it } from 'vitest';
import { buildTopology, layoutModel } from '@/lib/topology';
import { ksvc, pod, revision } from '@/lib/topology/test-fixtures';
import { toFlowEdges, toFlowNodes } from './flow-elements';
import type { TopologyFlowNode } from './nodes';

const input = { namespace: 'demo', services: [ksvc('a', { labels: { 'app.kubernetes.io/part-of': 'shop' } }), ksvc('b')], revisions: [revision('a-00001', 'a'), revision('b-00001', 'b')] };
const filter = { hiddenKinds: new Set<string>(), search: '' };

describe('toFlowNodes', () => {
  it('re-creates only the nodes whose model changed (a pod-count change redraws one card and its revision)', () => {
    const cache = new Map();
    const m1 = buildTopology(input);
    const pos = layoutModel(m1, new Map());
    const first = toFlowNodes(m1, pos, new Map(), cache, filter);
    const current = new Map(first.map((n) => [n.id, n]));
    const second = toFlowNodes(buildTopology({ ...input, pods: [pod('p', 'a-00001')] }), pos, current, cache, filter);
    const changed = second.filter((n) => current.get(n.id) !== n && n.type !== 'group').map((n) => n.id);
    expect(changed.sort()).toEqual(['Revision/demo/a-00001', 'Service/demo/a']);
    expect(second.find((n) => n.id === 'Service/demo/a')!.data.podCount).toBe(1);
  });

  it('keeps a position React Flow moved, puts groups first and hides filtered kinds', () => {
    const cache = new Map();
    const m = buildTopology(input);
    const pos = layoutModel(m, new Map());
    const first = toFlowNodes(m, pos, new Map(), cache, filter);
    const moved: TopologyFlowNode = { ...first.find((n) => n.id === 'Service/demo/b')!, position: { x: 999, y: 999 } };
    const current = new Map(first.map((n) => [n.id, n.id === moved.id ? moved : n]));
    const next = toFlowNodes(m, pos, current, cache, { hiddenKinds: new Set(['revision']), search: '' });
    expect(next[0].type).toBe('group');
    expect(next.find((n) => n.id === 'Service/demo/b')!.position).toEqual({ x: 999, y: 999 });
    expect(next.filter((n) => n.hidden).map((n) => n.id).sort()).toEqual(['Revision/demo/a-00001', 'Revision/demo/b-00001']);
  });

  it('makes trigger/sink edges reconnectable at the target end only, traffic edges not at all', () => {
    const edges = toFlowEdges(buildTopology(input), new Map());
    expect(edges.every((e) => e.reconnectable === false && e.deletable === false)).toBe(true);
  });
});
