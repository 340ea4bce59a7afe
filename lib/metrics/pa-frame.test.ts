import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../resources/types';
import { frameFromPodAutoscalers } from './pa-frame';

const pa = (rev: string, desiredScale: number, actualScale: number): KubeObject => ({
  apiVersion: 'autoscaling.internal.knative.dev/v1alpha1',
  kind: 'PodAutoscaler',
  metadata: { name: rev, namespace: 'default', labels: { 'serving.knative.dev/service': 'hello', 'serving.knative.dev/configuration': 'hello', 'serving.knative.dev/revision': rev } },
  status: { desiredScale, actualScale },
});

describe('frameFromPodAutoscalers', () => {
  it('reads desired/actual per revision and sums them per service', () => {
    const f = frameFromPodAutoscalers([pa('hello-00001', 3, 2), pa('hello-00002', 1, 1)], 42);
    expect(f.revisions.map((r) => r.point)).toEqual([{ t: 42, desired: 3, actual: 2 }, { t: 42, desired: 1, actual: 1 }]);
    expect(f.services).toEqual([{ key: 'default/hello', ref: { namespace: 'default', service: 'hello' }, point: { t: 42, desired: 4, actual: 3 } }]);
  });

  it('leaves out a desired scale of −1 (not decided yet)', () => {
    expect(frameFromPodAutoscalers([pa('hello-00001', -1, 0)], 1).revisions[0].point).toEqual({ t: 1, actual: 0 });
  });
});
