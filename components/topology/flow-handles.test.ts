import { describe, expect, it } from 'vitest';
import { buildTopology } from '@/lib/topology';
import { broker, ksvc, revision, trigger } from '@/lib/topology/test-fixtures';
import { toFlowNodes } from './flow-elements';
import { declaredHandles } from './flow-handles';

const filter = { hiddenKinds: new Set<string>(), search: '' };

describe('declared handles', () => {
  it.each([
    [{ kind: 'service' as const }, ['target', 'source']],
    [{ kind: 'revision' as const }, ['target']],
    [{ kind: 'source' as const }, ['target', 'source']],
    [{ kind: 'broker' as const, missing: true }, ['target']],
    [{ kind: 'sequence' as const }, ['target']],
    [{ kind: 'group' as const }, []],
  ])('%o → %o', (data, types) => {
    expect(declaredHandles(data).map((h) => h.type)).toEqual(types);
  });

  it('centres handles on the left and right sides of the card', () => {
    expect(declaredHandles({ kind: 'service' })).toEqual([
      { type: 'target', position: 'left', x: -3, y: 45, width: 6, height: 6 },
      { type: 'source', position: 'right', x: 237, y: 45, width: 6, height: 6 },
    ]);
  });

  it('gives every flow node its handles, so React Flow needs not render unseen nodes to measure them', () => {
    const m = buildTopology({ namespace: 'demo', services: [ksvc('a', { labels: { 'app.kubernetes.io/part-of': 'shop' } })], revisions: [revision('a-00001', 'a')], brokers: [broker('b')], triggers: [trigger('t', 'b', 'a')] });
    const nodes = toFlowNodes(m, new Map(), new Map(), new Map(), filter);
    expect(nodes.every((n) => Array.isArray(n.handles))).toBe(true);
  });
});
