import { describe, expect, it } from 'vitest';
import { buildTopology } from './build';
import { connectionIntent, edgeRemoval, isValidConnection, reconnectPatch, triggerObject } from './connect';
import { broker, channel, ksvc, pingSource, subscription, svcRef, trigger } from './test-fixtures';

const m = buildTopology({
  namespace: 'demo',
  services: [ksvc('a'), ksvc('b')],
  brokers: [broker('default')],
  channels: [channel('ch')],
  pingsources: [pingSource('ping', svcRef('a')), pingSource('lost', svcRef('gone'))],
  triggers: [trigger('t', 'default', 'a')],
  subscriptions: [subscription('s', 'ch', 'a', 'default')],
});
const d = (id: string) => m.nodes.find((n) => n.id === id)!.data;
const e = (id: string) => m.edges.find((x) => x.id === id)!;

describe('connection rules', () => {
  it.each([
    ['PingSource/demo/ping', 'Service/demo/b', 'set-sink'],
    ['PingSource/demo/ping', 'Broker/demo/default', 'set-sink'],
    ['PingSource/demo/ping', 'Channel/demo/ch', 'set-sink'],
    ['Broker/demo/default', 'Service/demo/b', 'create-trigger'],
    ['Channel/demo/ch', 'Service/demo/b', 'create-subscription'],
    ['Service/demo/a', 'Service/demo/b', undefined],
    ['Broker/demo/default', 'Channel/demo/ch', undefined],
    ['Service/demo/a', 'PingSource/demo/ping', undefined],
    ['PingSource/demo/ping', 'PingSource/demo/lost', undefined],
    ['PingSource/demo/ping', 'Service/demo/gone', undefined],
  ])('%s → %s: %s', (from, to, action) => {
    expect(connectionIntent(d(from), d(to))?.action).toBe(action);
    expect(isValidConnection(d(from), d(to))).toBe(action !== undefined);
  });

  it('sets a sink with a merge patch that also drops a URL sink', () => {
    expect(connectionIntent(d('PingSource/demo/ping'), d('Broker/demo/default'))).toMatchObject({
      owner: { kind: 'PingSource', name: 'ping', namespace: 'demo', apiVersion: 'sources.knative.dev/v1' },
      patch: { spec: { sink: { ref: { apiVersion: 'eventing.knative.dev/v1', kind: 'Broker', name: 'default' }, uri: null } } },
    });
  });

  it('builds the subscription a channel → service drag creates', () => {
    const intent = connectionIntent(d('Channel/demo/ch'), d('Service/demo/b'));
    expect(intent?.action === 'create-subscription' && intent.object).toEqual({
      apiVersion: 'messaging.knative.dev/v1',
      kind: 'Subscription',
      metadata: { name: 'ch-b', namespace: 'demo' },
      spec: { channel: { apiVersion: 'messaging.knative.dev/v1', kind: 'Channel', name: 'ch' }, subscriber: { ref: { apiVersion: 'serving.knative.dev/v1', kind: 'Service', name: 'b' } } },
    });
  });

  it('builds triggers with classic attributes for exact rows and filters[] otherwise', () => {
    const b = d('Broker/demo/default').ref!;
    const s = d('Service/demo/b').ref!;
    expect(triggerObject(b, s, 'on-orders', [{ attribute: 'type', op: 'exact', value: 'order' }]).spec).toEqual({
      broker: 'default',
      filter: { attributes: { type: 'order' } },
      subscriber: { ref: { apiVersion: 'serving.knative.dev/v1', kind: 'Service', name: 'b' } },
    });
    expect(
      triggerObject(b, s, 'x', [
        { attribute: 'type', op: 'prefix', value: 'com.' },
        { attribute: 'source', op: 'exact', value: 'a' },
      ]).spec.filters,
    ).toEqual([{ exact: { source: 'a' } }, { prefix: { type: 'com.' } }]);
  });

  it('moves an edge end by patching its owner field', () => {
    expect(reconnectPatch(e('Trigger/demo/t'), d('Service/demo/b'))).toEqual({
      owner: expect.objectContaining({ kind: 'Trigger', name: 't' }),
      patch: { spec: { subscriber: { ref: { apiVersion: 'serving.knative.dev/v1', kind: 'Service', name: 'b' }, uri: null } } },
    });
    expect(reconnectPatch(e('sink:PingSource/demo/ping'), d('Channel/demo/ch'))?.patch).toMatchObject({ spec: { sink: { ref: { kind: 'Channel' } } } });
    expect(reconnectPatch(e('Subscription/demo/s#reply'), d('Service/demo/b'))?.patch).toMatchObject({ spec: { reply: { ref: { name: 'b' } } } });
    expect(reconnectPatch(e('Trigger/demo/t'), d('PingSource/demo/ping'))).toBeUndefined();
    expect(reconnectPatch(e('traffic:Service/demo/a->Revision/demo/a-00001'), d('Service/demo/b'))).toBeUndefined();
  });

  it('removes edges by deleting their trigger/subscription or clearing the reply, never the sink', () => {
    expect(edgeRemoval(e('Trigger/demo/t'))).toMatchObject({ action: 'delete', owner: { kind: 'Trigger', name: 't' } });
    expect(edgeRemoval(e('Subscription/demo/s'))).toMatchObject({ action: 'delete', owner: { kind: 'Subscription', name: 's' } });
    // Admission refuses a source without a sink: its edge can be moved, not removed.
    expect(edgeRemoval(e('sink:PingSource/demo/ping'))).toBeUndefined();
    expect(edgeRemoval(e('Subscription/demo/s#reply'))).toMatchObject({ action: 'patch', patch: { spec: { reply: null } } });
    expect(edgeRemoval(e('traffic:Service/demo/a->Revision/demo/a-00001'))).toBeUndefined();
  });
});
