import { describe, expect, it } from 'vitest';
import { buildTopology } from './build';
import { diffModel, isEmptyDiff, reuseUnchanged } from './diff';
import { broker, ksvc, pod, revision, trigger } from './test-fixtures';

describe('diffModel', () => {
  const objects = { namespace: 'demo', services: [ksvc('a'), ksvc('b')], revisions: [revision('a-00001', 'a')], brokers: [broker('default')], triggers: [trigger('t', 'default', 'a')] };
  const before = buildTopology(objects);

  it('reports nothing for an identical model', () => {
    expect(isEmptyDiff(diffModel(before, before))).toBe(true);
  });

  it('reports a pod-count change as changed nodes only', () => {
    const d = diffModel(before, buildTopology({ ...objects, pods: [pod('p', 'a-00001')] }));
    expect(d.nodes).toEqual({ added: [], removed: [], changed: ['Revision/demo/a-00001', 'Service/demo/a'] });
    expect(isEmptyDiff({ ...d, nodes: { added: [], removed: [], changed: [] } })).toBe(true);
  });

  it('reports added and removed nodes and edges', () => {
    const after = buildTopology({ namespace: 'demo', services: [ksvc('a'), ksvc('c')], revisions: [revision('a-00001', 'a')], brokers: [broker('default')] });
    const d = diffModel(before, after);
    expect(d.nodes.added).toContain('Service/demo/c');
    expect(d.nodes.removed).toContain('Service/demo/b');
    expect(d.edges.removed).toContain('Trigger/demo/t');
    expect(d.edges.added).toContain('traffic:Service/demo/c->Revision/demo/c-00001');
  });
});

describe('reuseUnchanged', () => {
  it('returns the same objects for unchanged versions and new ones for changed', () => {
    const cache = new Map();
    const make = (x: { id: string; v: string }) => ({ ...x });
    const first = reuseUnchanged([{ id: 'a', v: '1' }, { id: 'b', v: '1' }], (x) => x.v, cache, make);
    const second = reuseUnchanged([{ id: 'a', v: '1' }, { id: 'b', v: '2' }], (x) => x.v, cache, make);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    reuseUnchanged([{ id: 'a', v: '1' }], (x) => x.v, cache, make);
    expect([...cache.keys()]).toEqual(['a']);
  });
});
