import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startEngine, type EngineHandle } from '../../../../test/engine-harness';
import { broker, ceAttrs, create, get, isReady, postEvent, waitFor } from './helpers';

/** Runs once serving starts ksvcs (its placeholder start function is gone). */
const servingFile = path.resolve(import.meta.dirname, '../../serving/index.ts');
const servingStartsKsvcs = existsSync(servingFile) && !/Placeholder/.test(readFileSync(servingFile, 'utf8'));

describe.skipIf(!servingStartsKsvcs)('delivery to a Knative Service scaled to zero (integration)', () => {
  let engine: EngineHandle | undefined;
  afterAll(async () => {
    await engine?.stop();
  });

  it('wakes the service and delivers the event instead of dropping it', async () => {
    engine = await startEngine({ env: { ENGINE_SCALE_TO_ZERO_GRACE_PERIOD: '1s', ENGINE_STABLE_WINDOW: '6s' } });
    const e = engine;
    await create(e, {
      apiVersion: 'serving.knative.dev/v1', kind: 'Service', metadata: { name: 'display', namespace: 'default' },
      spec: { template: { spec: { containers: [{ image: 'gcr.io/knative-releases/knative.dev/eventing/cmd/event_display' }] } } },
    });
    await waitFor('ksvc ready', async () => isReady(await get(e, 'Service', 'display')), 60_000, 200);
    const pods = async () =>
      ((await (await e.api('/api/v1/namespaces/default/pods?labelSelector=serving.knative.dev%2Fservice%3Ddisplay')).json()).items ?? []) as unknown[];
    await waitFor('scaled to zero', async () => (await pods()).length === 0, 90_000, 500);

    await create(e, broker('wake'));
    await create(e, {
      apiVersion: 'eventing.knative.dev/v1', kind: 'Trigger', metadata: { name: 'to-display', namespace: 'default' },
      spec: { broker: 'wake', subscriber: { ref: { apiVersion: 'serving.knative.dev/v1', kind: 'Service', name: 'display' } } },
    });
    const t = await waitFor('trigger ready', async () => {
      const o = await get(e, 'Trigger', 'to-display');
      return isReady(o) && o;
    });
    expect(t.status.subscriberUri).toBe('http://display.default.svc.cluster.local');

    expect((await postEvent(`${e.ingressUrl}/default/wake`, ceAttrs('wake-up-1'), { hello: 'zero' })).status).toBe(202);
    // The pod's log (what `kubectl logs` serves) shows the event once the activator has woken it.
    const logsDir = path.join(e.dataDir, 'logs', 'default');
    await waitFor(
      'event in the pod log',
      () =>
        existsSync(logsDir) &&
        readdirSync(logsDir).some((pod) => {
          const f = path.join(logsDir, pod, 'user-container.log');
          return existsSync(f) && readFileSync(f, 'utf8').includes('wake-up-1');
        }),
      60_000,
      200,
    );
  }, 240_000);
});
