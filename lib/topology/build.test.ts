import { describe, expect, it } from 'vitest';
import { buildTopology, REVISION_NODES_MAX_SERVICES } from './build';
import { broker, channel, ksvc, pingSource, pod, revision, subscription, svcRef, trigger } from './test-fixtures';
import type { TopologyInput } from './types';

const base = (extra: Partial<TopologyInput> = {}): TopologyInput => ({ namespace: 'demo', ...extra });
const node = (m: ReturnType<typeof buildTopology>, id: string) => m.nodes.find((n) => n.id === id);
const edge = (m: ReturnType<typeof buildTopology>, id: string) => m.edges.find((e) => e.id === id);

describe('buildTopology', () => {
  it('shows a service with its revisions, traffic percents and ready pod counts', () => {
    const m = buildTopology(
      base({
        services: [ksvc('hello', { latest: 'hello-00002', traffic: [{ revisionName: 'hello-00001', percent: 30 }, { revisionName: 'hello-00002', percent: 70, tag: 'new' }] })],
        revisions: [revision('hello-00001', 'hello'), revision('hello-00002', 'hello')],
        pods: [pod('p1', 'hello-00001'), pod('p2', 'hello-00002'), pod('p3', 'hello-00002'), pod('p4', 'hello-00002', false)],
      }),
    );
    const svc = node(m, 'Service/demo/hello')!;
    expect(svc.data).toMatchObject({ kind: 'service', url: 'http://hello.demo.localhost:8080', podCount: 3, status: { ready: 'True' } });
    expect(svc.data.revisions).toEqual([
      { name: 'hello-00001', percent: 30, latest: false, pods: 1 },
      { name: 'hello-00002', percent: 70, latest: false, pods: 2, tag: 'new' },
    ]);
    expect(edge(m, 'traffic:Service/demo/hello->Revision/demo/hello-00002')).toMatchObject({ label: '70% (new)', target: 'Revision/demo/hello-00002' });
    expect(node(m, 'Revision/demo/hello-00001')!.data.podCount).toBe(1);
  });

  it('draws revisions inside their service card once a namespace has many services', () => {
    const names = [...Array(REVISION_NODES_MAX_SERVICES + 1).keys()].map((i) => `s${i}`);
    const m = buildTopology(base({ services: names.map((n) => ksvc(n)), revisions: names.map((n) => revision(`${n}-00001`, n)), pods: [pod('p', 's0-00001')] }));
    expect(m.nodes.filter((n) => n.data.kind === 'revision')).toEqual([]);
    expect(m.edges.filter((e) => e.kind === 'traffic')).toEqual([]);
    expect(node(m, 'Service/demo/s0')!.data).toMatchObject({ podCount: 1, revisions: [{ name: 's0-00001', percent: 100, pods: 1 }] });
  });

  it('falls back to the spec traffic with latestRevision resolved before the route reconciles', () => {
    const svc = ksvc('a');
    svc.status.traffic = undefined;
    const m = buildTopology(base({ services: [svc], revisions: [revision('a-00001', 'a')] }));
    expect(node(m, 'Service/demo/a')!.data.revisions).toEqual([{ name: 'a-00001', percent: 100, latest: true, pods: 0 }]);
  });

  it('reports a failing service with its reason', () => {
    const svc = ksvc('bad');
    svc.status.conditions = [{ type: 'Ready', status: 'False', reason: 'RevisionFailed', message: 'image pull' }];
    expect(node(buildTopology(base({ services: [svc] })), 'Service/demo/bad')!.data.status).toEqual({ ready: 'False', reason: 'RevisionFailed', message: 'image pull' });
  });

  it('links a source to its sink by ref and by the URL of a known object', () => {
    const m = buildTopology(
      base({
        services: [ksvc('display')],
        brokers: [broker('default')],
        pingsources: [pingSource('by-ref', svcRef('display')), pingSource('by-url', { uri: 'http://127.0.0.1:8080/demo/default' })],
      }),
    );
    expect(edge(m, 'sink:PingSource/demo/by-ref')).toMatchObject({ source: 'PingSource/demo/by-ref', target: 'Service/demo/display', field: 'sink', owner: { kind: 'PingSource', name: 'by-ref' } });
    expect(edge(m, 'sink:PingSource/demo/by-url')!.target).toBe('Broker/demo/default');
    expect(node(m, 'PingSource/demo/by-ref')!.data).toMatchObject({ kind: 'source', resourceKind: 'PingSource' });
  });

  it('shows outside URLs and refs to missing objects as external nodes', () => {
    const m = buildTopology(base({ pingsources: [pingSource('out', { uri: 'https://example.com/hook' }), pingSource('dangling', svcRef('gone'))] }));
    expect(node(m, 'URI/demo/https://example.com/hook')!.data).toMatchObject({ kind: 'external', url: 'https://example.com/hook' });
    expect(node(m, 'Service/demo/gone')!.data).toMatchObject({ kind: 'external', missing: true, status: { ready: 'False', reason: 'NotFound' } });
  });

  it('draws one edge per trigger from the broker to its subscriber, labelled with the filter', () => {
    const m = buildTopology(
      base({
        services: [ksvc('a'), ksvc('b')],
        brokers: [broker('default')],
        triggers: [trigger('t1', 'default', 'a', { type: 'order.created' }), trigger('t2', 'default', 'b'), trigger('t3', 'default', 'a', { source: 'x', type: '' })],
      }),
    );
    expect(m.edges.filter((e) => e.kind === 'trigger').map((e) => [e.id, e.source, e.target, e.label])).toEqual([
      ['Trigger/demo/t1', 'Broker/demo/default', 'Service/demo/a', 'type=order.created'],
      ['Trigger/demo/t2', 'Broker/demo/default', 'Service/demo/b', 'all events'],
      ['Trigger/demo/t3', 'Broker/demo/default', 'Service/demo/a', 'source=x, type exists'],
    ]);
  });

  it('keeps a trigger on a missing broker visible from a missing-broker node', () => {
    const m = buildTopology(base({ services: [ksvc('a')], triggers: [trigger('t', 'nope', 'a')] }));
    expect(node(m, 'Broker/demo/nope')!.data).toMatchObject({ kind: 'external', missing: true });
  });

  it('draws subscriptions from channel to subscriber and on to the reply', () => {
    const m = buildTopology(base({ services: [ksvc('a')], brokers: [broker('back')], channels: [channel('ch')], subscriptions: [subscription('s', 'ch', 'a', 'back')] }));
    expect(edge(m, 'Subscription/demo/s')).toMatchObject({ source: 'Channel/demo/ch', target: 'Service/demo/a', kind: 'subscription' });
    expect(edge(m, 'Subscription/demo/s#reply')).toMatchObject({ source: 'Service/demo/a', target: 'Broker/demo/back', kind: 'reply', field: 'reply' });
  });

  it('shows a sequence as its chain of steps and hides the channels it owns', () => {
    const seq = {
      apiVersion: 'flows.knative.dev/v1',
      kind: 'Sequence',
      metadata: { name: 'seq', namespace: 'demo', resourceVersion: '9' },
      spec: { steps: [svcRef('s1'), svcRef('s2')], reply: svcRef('end') },
    };
    const m = buildTopology(base({ services: [ksvc('s1'), ksvc('s2'), ksvc('end')], sequences: [seq], channels: [channel('seq-kn-sequence-0', 'Sequence')] }));
    expect(m.edges.filter((e) => e.source.startsWith('Sequence') || e.kind === 'step' || e.kind === 'reply').map((e) => `${e.source} -> ${e.target}`)).toEqual([
      'Service/demo/s2 -> Service/demo/end',
      'Sequence/demo/seq -> Service/demo/s1',
      'Service/demo/s1 -> Service/demo/s2',
    ]);
    expect(node(m, 'Channel/demo/seq-kn-sequence-0')).toBeUndefined();
  });

  it('fans a parallel out through branch filters to subscribers and replies', () => {
    const par = {
      apiVersion: 'flows.knative.dev/v1',
      kind: 'Parallel',
      metadata: { name: 'par', namespace: 'demo', resourceVersion: '3' },
      spec: { branches: [{ filter: svcRef('f'), subscriber: svcRef('a') }, { subscriber: svcRef('b') }], reply: svcRef('end') },
    };
    const m = buildTopology(base({ services: ['f', 'a', 'b', 'end'].map((n) => ksvc(n)), parallels: [par] }));
    const pairs = m.edges.map((e) => `${e.source.split('/')[2]}->${e.target.split('/')[2]}`).filter((p) => !p.includes('0000'));
    expect(pairs.sort()).toEqual(['a->end', 'b->end', 'f->a', 'par->b', 'par->f']);
  });

  it('groups objects by app.kubernetes.io/part-of, revisions with their service', () => {
    const m = buildTopology(base({ services: [ksvc('a', { labels: { 'app.kubernetes.io/part-of': 'shop' } }), ksvc('b')], revisions: [revision('a-00001', 'a')] }));
    expect(node(m, 'Group/demo/shop')!.data).toMatchObject({ kind: 'group', name: 'shop', members: ['Revision/demo/a-00001', 'Service/demo/a'] });
    expect(node(m, 'Service/demo/a')!.data.group).toBe('Group/demo/shop');
    expect(node(m, 'Service/demo/b')!.data.group).toBeUndefined();
  });

  it('is deterministic and changes only the node whose pod count changed', () => {
    const input = base({ services: [ksvc('a'), ksvc('b')], revisions: [revision('a-00001', 'a'), revision('b-00001', 'b')], pods: [pod('p', 'a-00001')] });
    const one = buildTopology(input);
    expect(buildTopology(input)).toEqual(one);
    const two = buildTopology({ ...input, pods: [pod('p', 'a-00001'), pod('q', 'a-00001')] });
    const changed = two.nodes.filter((n) => one.nodes.find((o) => o.id === n.id)!.data.version !== n.data.version).map((n) => n.id);
    expect(changed).toEqual(['Revision/demo/a-00001', 'Service/demo/a']);
  });
});
