import { describe, expect, it } from 'vitest';
import { buildTopology } from '@/lib/topology';
import { broker, ksvc, pingSource, svcRef, trigger } from '@/lib/topology/test-fixtures';
import { edgeActions, nodeActions } from './menu-actions';
import { kindIdOf } from './use-topology-actions';

const m = buildTopology({ namespace: 'demo', services: [ksvc('a')], brokers: [broker('default')], pingsources: [pingSource('ping', svcRef('a')), pingSource('lost', svcRef('gone'))], triggers: [trigger('t', 'default', 'a')] });
const labels = (id: string) => {
  const n = m.nodes.find((x) => x.id === id)!;
  return nodeActions(n.id, n.data, m.edges).map((a) => a.label);
};

describe('context menu actions', () => {
  it.each([
    ['Service/demo/a', ['Edit YAML', 'Set traffic distribution', 'Add trigger', 'Delete Service']],
    ['Broker/demo/default', ['Edit YAML', 'Add trigger', 'Delete Broker']],
    ['PingSource/demo/ping', ['Edit YAML', 'Move sink', 'Delete PingSource']],
    ['Service/demo/gone', []],
  ])('%s', (id, want) => {
    expect(labels(id)).toEqual(want);
  });

  it('links Edit to the YAML tab of the object', () => {
    const n = m.nodes.find((x) => x.id === 'PingSource/demo/ping')!;
    expect(nodeActions(n.id, n.data, m.edges)[0].command).toEqual({ type: 'href', href: '/ns/demo/pingsources/ping?tab=yaml' });
  });

  it('offers edit, move and delete on a trigger edge', () => {
    expect(edgeActions(m.edges.find((e) => e.id === 'Trigger/demo/t')!).map((a) => a.label)).toEqual(['Edit Trigger YAML', 'Move subscriber', 'Delete Trigger']);
    expect(edgeActions(m.edges.find((e) => e.kind === 'traffic')!)).toEqual([]);
  });

  it('offers to move a source sink edge but not to clear it (a source needs a sink)', () => {
    expect(edgeActions(m.edges.find((e) => e.id === 'sink:PingSource/demo/ping')!).map((a) => a.label)).toEqual(['Edit PingSource YAML', 'Move sink']);
  });

  it('maps refs to console kinds by group and kind', () => {
    expect(kindIdOf({ apiVersion: 'serving.knative.dev/v1', kind: 'Service' })).toBe('services');
    expect(kindIdOf({ apiVersion: 'v1', kind: 'Service' })).toBeUndefined();
    expect(kindIdOf({ apiVersion: 'sources.knative.dev/v1', kind: 'PingSource' })).toBe('pingsources');
  });
});
