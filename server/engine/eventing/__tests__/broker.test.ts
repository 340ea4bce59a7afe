import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEngine, type EngineHandle } from '../../../../test/engine-harness';
import { broker, ceAttrs, create, get, isReady, metricValue, postEvent, startSink, trigger, waitFor } from './helpers';

describe('broker and triggers (integration)', () => {
  let engine: EngineHandle;
  beforeAll(async () => {
    engine = await startEngine();
  });
  afterAll(async () => {
    await engine?.stop();
  });

  it('delivers an event only to the trigger whose type filter matches', async () => {
    const orders = await startSink();
    const payments = await startSink();
    try {
      await create(engine, broker('shop'));
      await create(engine, trigger('orders', 'shop', orders.url, { filter: { attributes: { type: 'dev.shop.order' } } }));
      await create(engine, trigger('payments', 'shop', payments.url, { filter: { attributes: { type: 'dev.shop.payment' } } }));
      const b = await waitFor('broker ready', async () => {
        const o = await get(engine, 'Broker', 'shop');
        return isReady(o) && o;
      });
      expect(b.status.address.url).toBe(`${engine.ingressUrl}/default/shop`);
      expect(b.spec.delivery).toEqual({ retry: 10, backoffPolicy: 'exponential', backoffDelay: 'PT0.2S' });
      expect(b.metadata.annotations['eventing.knative.dev/broker.class']).toBe('MTChannelBasedBroker');
      await waitFor('triggers ready', async () => isReady(await get(engine, 'Trigger', 'orders')) && isReady(await get(engine, 'Trigger', 'payments')));

      const res = await postEvent(b.status.address.url, { ...ceAttrs('o-1', 'dev.shop.order'), myext: 'hello' }, { item: 'book' });
      expect(res.status).toBe(202);
      await waitFor('order delivered', () => orders.received.length === 1);
      await new Promise((r) => setTimeout(r, 300));
      expect(payments.received).toHaveLength(0);
      const got = orders.received[0];
      expect(got.headers['ce-id']).toBe('o-1');
      expect(got.headers['ce-type']).toBe('dev.shop.order');
      expect(got.headers['ce-myext']).toBe('hello');
      expect(got.headers['ce-knativearrivaltime']).toBeDefined();
      expect(got.headers['ce-knativebrokerttl']).toBeUndefined();
      expect(got.headers.prefer).toBe('reply');
      expect(JSON.parse(got.body)).toEqual({ item: 'book' });

      const metrics = await (await fetch(`${engine.apiUrl}/metrics`)).text();
      expect(metricValue(metrics, 'event_count', { broker_name: 'shop', response_code: '202', event_type: 'dev.shop.order' })).toBe(1);
      expect(metricValue(metrics, 'eventing_deliveries_total', { kind: 'trigger', name: 'orders', parent: 'shop', outcome: 'delivered' })).toBe(1);
      expect(metricValue(metrics, 'event_dispatch_latencies_count', { name: 'orders', response_code_class: '2xx' })).toBe(1);
    } finally {
      await orders.close();
      await payments.close();
    }
  });

  it('answers 400 with the reason, 404 for an unknown broker, 405 for GET', async () => {
    await create(engine, broker('strict'));
    const url = `${engine.ingressUrl}/default/strict`;
    await waitFor('broker known', async () => isReady(await get(engine, 'Broker', 'strict')));
    const noId = await postEvent(url, { specversion: '1.0', source: '/s', type: 't' });
    expect(noId.status).toBe(400);
    expect(await noId.text()).toMatch(/missing required attribute: id/);
    const ttlOut = await postEvent(url, { ...ceAttrs('x'), knativebrokerttl: '1' });
    expect(ttlOut.status).toBe(400);
    expect((await postEvent(`${engine.ingressUrl}/default/nope`, ceAttrs('y'))).status).toBe(404);
    expect((await fetch(url)).status).toBe(405);
    const structured = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/cloudevents+json' },
      body: JSON.stringify({ specversion: '1.0', id: 's1', source: '/s', type: 't', data: { a: 1 } }),
    });
    expect(structured.status).toBe(202);
  });

  it('retries a failing subscriber with Knative timing, then dead-letters the original event', async () => {
    const failing = await startSink(() => ({ status: 500, body: 'boom' }));
    const dls = await startSink();
    try {
      await create(engine, broker('flaky'));
      await create(
        engine,
        trigger('flaky-t', 'flaky', failing.url, {
          delivery: { retry: 3, backoffPolicy: 'exponential', backoffDelay: 'PT0.2S', deadLetterSink: { uri: dls.url } },
        }),
      );
      await waitFor('trigger ready', async () => isReady(await get(engine, 'Trigger', 'flaky-t')));
      expect((await postEvent(`${engine.ingressUrl}/default/flaky`, { ...ceAttrs('f-1'), color: 'red' }, { v: 1 })).status).toBe(202);
      await waitFor('dead-lettered', () => dls.received.length === 1, 10_000);
      expect(failing.received).toHaveLength(4); // 1 + retry
      const gaps = failing.received.slice(1).map((r, i) => r.at - failing.received[i].at);
      // Exponential from 0.2s with go-retryablehttp's n = k-1: 200, 400, 800 ms.
      [200, 400, 800].forEach((want, i) => {
        expect(gaps[i]).toBeGreaterThanOrEqual(want - 20);
        expect(gaps[i]).toBeLessThan(want + 250);
      });
      const dead = dls.received[0];
      expect(dead.headers['ce-id']).toBe('f-1');
      expect(dead.headers['ce-color']).toBe('red');
      expect(dead.headers['ce-knativeerrordest']).toBe(failing.url);
      expect(dead.headers['ce-knativeerrorcode']).toBe('500');
      expect(Buffer.from(String(dead.headers['ce-knativeerrordata']), 'base64').toString()).toBe('boom');
      expect(JSON.parse(dead.body)).toEqual({ v: 1 });
      const metrics = await (await fetch(`${engine.apiUrl}/metrics`)).text();
      const of = (outcome: string) => metricValue(metrics, 'eventing_deliveries_total', { name: 'flaky-t', outcome });
      expect([of('retried'), of('dead_lettered'), of('delivered')]).toEqual([3, 1, 0]);
    } finally {
      await failing.close();
      await dls.close();
    }
  });

  it('puts a reply event back into the broker, where another trigger picks it up', async () => {
    const replier = await startSink((_, req) =>
      req.headers['ce-type'] === 'dev.ask'
        ? { status: 200, headers: { 'ce-specversion': '1.0', 'ce-id': 'answer-1', 'ce-source': '/replier', 'ce-type': 'dev.answer' } }
        : { status: 202 },
    );
    const answers = await startSink();
    try {
      await create(engine, broker('chat'));
      await create(engine, trigger('ask', 'chat', replier.url, { filter: { attributes: { type: 'dev.ask' } } }));
      await create(engine, trigger('answer', 'chat', answers.url, { filter: { attributes: { type: 'dev.answer' } } }));
      await waitFor('triggers ready', async () => isReady(await get(engine, 'Trigger', 'ask')) && isReady(await get(engine, 'Trigger', 'answer')));
      expect((await postEvent(`${engine.ingressUrl}/default/chat`, ceAttrs('q-1', 'dev.ask'))).status).toBe(202);
      await waitFor('answer delivered', () => answers.received.length === 1);
      expect(answers.received[0].headers['ce-id']).toBe('answer-1');
    } finally {
      await replier.close();
      await answers.close();
    }
  });

  it('refuses invalid triggers at admission', async () => {
    const bad = trigger('bad', 'shop', 'http://x', { delivery: { retry: -1, backoffPolicy: 'sometimes' } });
    await expect(create(engine, bad)).rejects.toThrow(/422.*spec.delivery.retry/);
    await create(engine, trigger('fixed', 'shop', 'http://example.invalid'));
    const t = await get(engine, 'Trigger', 'fixed');
    const res = await engine.api(`/apis/eventing.knative.dev/v1/namespaces/default/triggers/fixed`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...t, spec: { ...t.spec, broker: 'other' } }),
    });
    expect(res.status).toBe(422);
    expect(JSON.stringify(await res.json())).toMatch(/spec.broker/);
  });
});
