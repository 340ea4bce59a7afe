import { CustomObjectsApi } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MetricsMessage } from '@/lib/metrics/types';
import { startEngine, type EngineHandle } from '@/test/engine-harness';
import { subscribeMetrics } from '../hub';

let engine: EngineHandle;

beforeAll(async () => {
  engine = await startEngine();
  process.env.CONSOLE_DATA_DIR = engine.dataDir;
  const custom = engine.kubeConfig().makeApiClient(CustomObjectsApi);
  await custom.createNamespacedCustomObject({
    group: 'serving.knative.dev', version: 'v1', namespace: 'default', plural: 'services',
    body: { apiVersion: 'serving.knative.dev/v1', kind: 'Service', metadata: { name: 'hello' }, spec: { template: { spec: { containers: [{ image: 'ghcr.io/knative/helloworld-go' }] } } } },
  });
});

afterAll(async () => {
  await engine?.stop();
});

describe('metrics hub on the engine', () => {
  it('scrapes /metrics every second and sends a service its frames, stamped with the sample time', async () => {
    const messages: MetricsMessage[] = [];
    const stop = subscribeMetrics({ namespace: 'default', service: 'hello' }, 0, (m) => messages.push(m));
    try {
      const deadline = Date.now() + 20_000;
      const frames = () => messages.flatMap((m) => (m.type === 'frame' && m.frame.services.length ? [m.frame] : []));
      while (frames().length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      expect(messages[0]).toMatchObject({ type: 'hello', source: { kind: 'engine', limited: false } });
      const got = frames();
      expect(got.length, JSON.stringify(messages.filter((m) => m.type === 'error'))).toBeGreaterThanOrEqual(3);
      const last = got.at(-1)!;
      expect(last.services[0]).toMatchObject({ key: 'default/hello', point: { actual: 1 } });
      expect(Math.abs(last.t - Date.now())).toBeLessThan(3_000);
      // About one sample a second.
      const gaps = got.slice(1).map((f, i) => f.t - got[i].t);
      for (const g of gaps) {
        expect(g).toBeGreaterThan(700);
        expect(g).toBeLessThan(2_500);
      }
    } finally {
      stop();
    }
  });

  it('sends the history to a later subscriber', async () => {
    const messages: MetricsMessage[] = [];
    const stop = subscribeMetrics({ namespace: 'default' }, 0, (m) => messages.push(m));
    stop();
    const hello = messages[0];
    expect(hello.type === 'hello' && hello.history.services['default/hello']?.points.length).toBeGreaterThanOrEqual(3);
  });
});
