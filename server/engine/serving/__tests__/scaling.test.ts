import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLoad } from '../../../../lib/loadgen';
import { startEngine, type EngineHandle } from '../../../../test/engine-harness';
import { clients, condition, get, getObject, group, ksvc, namespace, version, waitFor, waitReady } from './helpers';

let engine: EngineHandle;
beforeAll(async () => {
  engine = await startEngine({ env: { ENGINE_SCALE_TO_ZERO_GRACE_PERIOD: '1s' } });
});
afterAll(async () => {
  await engine?.stop();
});

const readyPods = async (service: string) => {
  const pods = await clients(engine).core.listNamespacedPod({ namespace, labelSelector: `serving.knative.dev/service=${service}` });
  return pods.items.filter((p) => p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True')).length;
};

describe('autoscaling through the data plane', () => {
  it('scales up under load, to zero when idle, and serves the next request from zero', async () => {
    await clients(engine).custom.createNamespacedCustomObject({
      group, version, namespace, plural: 'services',
      body: ksvc('scaler', { template: { spec: { containers: [{ image: 'autoscale-go' }] } } }, {
        'autoscaling.knative.dev/window': '6s',
        'autoscaling.knative.dev/target': '5',
      }),
    });
    await waitReady(engine, 'scaler');

    // 20 concurrent requests against a target of 5 × 70% → several pods.
    const load = runLoad({ origin: engine.ingressUrl, host: 'scaler.default.localhost', path: '/?sleep=200', concurrency: 20, durationMs: 8000 });
    const peak = await waitFor('scale-up', async () => ((await readyPods('scaler')) >= 3 ? readyPods('scaler') : false), 15_000, 200);
    const result = await load;
    expect(peak).toBeGreaterThanOrEqual(3);
    expect(result.non2xx).toBe(0);
    const pa = await getObject(engine, 'podautoscalers', 'scaler-00001', 'autoscaling.internal.knative.dev', 'v1alpha1');
    expect(pa.status.desiredScale).toBeGreaterThanOrEqual(3);

    // Idle: the stable window empties, then the grace period, then no pods.
    await waitFor('scale to zero', async () => (await readyPods('scaler')) === 0 && (await clients(engine).core.listNamespacedPod({ namespace, labelSelector: 'serving.knative.dev/service=scaler' })).items.length === 0, 30_000, 250);
    const idle = await getObject(engine, 'podautoscalers', 'scaler-00001', 'autoscaling.internal.knative.dev', 'v1alpha1');
    expect(condition(idle, 'Active')).toMatchObject({ status: 'False', reason: 'NoTraffic' });
    const rev = await waitFor('revision Active=False', async () => {
      const r = await getObject(engine, 'revisions', 'scaler-00001');
      return condition(r, 'Active')?.status === 'False' && r;
    });
    expect(condition(rev, 'Ready')?.status).toBe('True'); // Active is not part of Ready
    expect(condition(rev, 'Active')?.reason).toBe('NoTraffic');

    // A request at zero is buffered until a pod is up, not failed.
    const t0 = performance.now();
    const res = await get(engine, 'scaler.default.localhost');
    expect(res.status).toBe(200);
    expect(res.body).toContain('Revision: scaler-00001');
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(await readyPods('scaler')).toBeGreaterThanOrEqual(1);
  }, 90_000);

  it('enforces containerConcurrency with a 10× queue per pod', async () => {
    await clients(engine).custom.createNamespacedCustomObject({
      group, version, namespace, plural: 'services',
      body: ksvc('limited', { template: { spec: { containerConcurrency: 1, containers: [{ image: 'autoscale-go' }] } } }, {
        'autoscaling.knative.dev/min-scale': '1',
        'autoscaling.knative.dev/max-scale': '1',
        'autoscaling.knative.dev/target-burst-capacity': '0',
      }),
    });
    await waitReady(engine, 'limited');
    // With target-burst-capacity 0 the activator leaves the path once a pod is up: the pod's
    // breaker serves 1 in flight + 10 queued and refuses the rest at once.
    const results = await Promise.all(Array.from({ length: 20 }, () => get(engine, 'limited.default.localhost', '/?sleep=300')));
    const codes = results.map((r) => r.status).sort();
    expect(codes.filter((c) => c === 200).length).toBeGreaterThanOrEqual(11);
    const refused = results.filter((r) => r.status === 503);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0].body).toContain('pending request queue full');
  }, 60_000);
});
