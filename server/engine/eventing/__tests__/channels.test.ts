import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEngine, type EngineHandle } from '../../../../test/engine-harness';
import { ceAttrs, create, get, isReady, postToHost, startSink, waitFor } from './helpers';

const hostOf = (url: string) => new URL(url).hostname;

describe('channels, subscriptions and flows (integration)', () => {
  let engine: EngineHandle;
  beforeAll(async () => {
    engine = await startEngine();
  });
  afterAll(async () => {
    await engine?.stop();
  });

  it('fans a channel event out to every subscription', async () => {
    const a = await startSink();
    const b = await startSink();
    try {
      await create(engine, { apiVersion: 'messaging.knative.dev/v1', kind: 'Channel', metadata: { name: 'news', namespace: 'default' } });
      for (const [name, sink] of [['sub-a', a], ['sub-b', b]] as const) {
        await create(engine, {
          apiVersion: 'messaging.knative.dev/v1', kind: 'Subscription', metadata: { name, namespace: 'default' },
          spec: { channel: { apiVersion: 'messaging.knative.dev/v1', kind: 'Channel', name: 'news' }, subscriber: { uri: sink.url } },
        });
      }
      const ch = await waitFor('channel ready', async () => {
        const o = await get(engine, 'Channel', 'news');
        return isReady(o) && o;
      });
      expect(ch.status.address.url).toBe('http://news-kn-channel.default.svc.cluster.local');
      expect(ch.spec.channelTemplate).toEqual({ apiVersion: 'messaging.knative.dev/v1', kind: 'InMemoryChannel' });
      const sub = await waitFor('subscription ready', async () => {
        const o = await get(engine, 'Subscription', 'sub-b');
        return isReady(o) && o;
      });
      expect(sub.status.physicalSubscription.subscriberUri).toBe(b.url);
      await waitFor('both subscribers listed', async () => (await get(engine, 'Channel', 'news')).status.subscribers?.length === 2);

      const res = await postToHost(engine.ingressUrl, hostOf(ch.status.address.url), ceAttrs('n-1'), { headline: 'hi' });
      expect(res.status).toBe(202);
      await waitFor('both delivered', () => a.received.length === 1 && b.received.length === 1);
      expect(a.received[0].headers['ce-id']).toBe('n-1');
      expect(JSON.parse(b.received[0].body)).toEqual({ headline: 'hi' });
      expect((await postToHost(engine.ingressUrl, 'missing-kn-channel.default.svc.cluster.local', ceAttrs('n-2'))).status).toBe(404);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('runs an event through a two-step sequence to its reply', async () => {
    // Each step answers with a new event whose type names the step, carrying the data along.
    const step = (label: string) =>
      startSink((_, req) => ({
        status: 200,
        headers: { 'ce-specversion': '1.0', 'ce-id': `${req.headers['ce-id']}-${label}`, 'ce-source': `/${label}`, 'ce-type': `done.${label}` },
      }));
    const one = await step('one');
    const two = await step('two');
    const end = await startSink();
    try {
      await create(engine, {
        apiVersion: 'flows.knative.dev/v1', kind: 'Sequence', metadata: { name: 'pipeline', namespace: 'default' },
        spec: { steps: [{ uri: one.url }, { uri: two.url }], reply: { uri: end.url } },
      });
      const seq = await waitFor('sequence ready', async () => {
        const o = await get(engine, 'Sequence', 'pipeline');
        return isReady(o) && o;
      });
      expect(seq.status.address.url).toBe('http://pipeline-kn-sequence-0-kn-channel.default.svc.cluster.local');
      const sub1 = await get(engine, 'Subscription', 'pipeline-kn-sequence-1');
      expect(sub1.metadata.ownerReferences[0]).toMatchObject({ kind: 'Sequence', name: 'pipeline', controller: true });
      expect(sub1.spec.reply).toEqual({ uri: end.url });
      expect((await get(engine, 'Subscription', 'pipeline-kn-sequence-0')).spec.reply.ref.name).toBe('pipeline-kn-sequence-1');

      expect((await postToHost(engine.ingressUrl, hostOf(seq.status.address.url), ceAttrs('s-1'))).status).toBe(202);
      await waitFor('sequence output', () => end.received.length === 1);
      expect(one.received[0].headers['ce-id']).toBe('s-1');
      expect(two.received[0].headers['ce-type']).toBe('done.one');
      expect(end.received[0].headers['ce-type']).toBe('done.two');
      expect(end.received[0].headers['ce-id']).toBe('s-1-one-two');
    } finally {
      await Promise.all([one.close(), two.close(), end.close()]);
    }
  });

  it('runs every event through each parallel branch; a filter that does not reply stops its branch', async () => {
    const passAll = await startSink();
    const dropAll = await startSink(); // the filter: answers 202 with no event, so nothing passes
    const guarded = await startSink();
    try {
      await create(engine, {
        apiVersion: 'flows.knative.dev/v1', kind: 'Parallel', metadata: { name: 'fan', namespace: 'default' },
        spec: { branches: [{ subscriber: { uri: passAll.url } }, { filter: { uri: dropAll.url }, subscriber: { uri: guarded.url } }] },
      });
      const p = await waitFor('parallel ready', async () => {
        const o = await get(engine, 'Parallel', 'fan');
        return isReady(o) && o;
      });
      expect(p.status.address.url).toBe('http://fan-kn-parallel-kn-channel.default.svc.cluster.local');
      expect(p.status.branchStatuses).toHaveLength(2);
      expect((await postToHost(engine.ingressUrl, hostOf(p.status.address.url), ceAttrs('p-1'))).status).toBe(202);
      await waitFor('unfiltered branch delivered and filter consulted', () => passAll.received.length === 1 && dropAll.received.length === 1);
      await new Promise((r) => setTimeout(r, 300));
      expect(guarded.received).toHaveLength(0);
    } finally {
      await Promise.all([passAll.close(), dropAll.close(), guarded.close()]);
    }
  });
});
