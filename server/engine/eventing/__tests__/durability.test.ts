import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { startEngine, type EngineHandle } from '../../../../test/engine-harness';
import { broker, ceAttrs, create, get, isReady, postEvent, trigger, waitFor } from './helpers';

const EVENTS = 1000;

describe('durable broker queue (integration)', () => {
  let engine: EngineHandle | undefined;
  let server: http.Server | undefined;
  afterAll(async () => {
    await engine?.stop();
    server?.closeAllConnections();
    server?.close();
  });

  it('delivers every acknowledged event after kill -9 and a restart', async () => {
    // A subscriber that holds every request open until `open` is set: nothing gets delivered before the kill.
    let open = false;
    const seen = new Set<string>();
    server = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        if (!open) return; // hang: the engine's connection dies with it
        seen.add(String(req.headers['ce-id']));
        res.writeHead(202).end();
      });
    });
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
    const sinkUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    engine = await startEngine();
    await create(engine, broker('durable'));
    await create(engine, trigger('slow', 'durable', sinkUrl, { delivery: { retry: 5, backoffPolicy: 'linear', backoffDelay: 'PT0.2S' } }));
    await waitFor('trigger ready', async () => isReady(await get(engine!, 'Trigger', 'slow')));

    const url = `${engine.ingressUrl}/default/durable`;
    let next = 0;
    const codes: number[] = [];
    await Promise.all(
      Array.from({ length: 50 }, async () => {
        while (next < EVENTS) {
          const i = next++;
          const res = await postEvent(url, ceAttrs(`ev-${i}`), { i });
          codes.push(res.status);
        }
      }),
    );
    expect(codes.filter((c) => c === 202)).toHaveLength(EVENTS);
    expect(seen.size).toBe(0);

    await engine.kill();
    open = true;
    await engine.restart();
    await waitFor(`all ${EVENTS} events delivered`, () => seen.size === EVENTS, 30_000, 100);
    expect([...seen].sort()).toEqual(Array.from({ length: EVENTS }, (_, i) => `ev-${i}`).sort());
  }, 90_000);
});
