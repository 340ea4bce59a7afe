import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../resources/types';
import { revisionAdmission, routeAdmission, serviceAdmission } from './admission';

const ksvc = (spec: Record<string, unknown>, name = 'hello'): KubeObject => ({
  apiVersion: 'serving.knative.dev/v1',
  kind: 'Service',
  metadata: { name, namespace: 'default' },
  spec,
});
const image = { containers: [{ image: 'ghcr.io/knative/helloworld-go' }] };
const problems = (obj: KubeObject, old?: KubeObject) => {
  serviceAdmission.default!(obj, old);
  return serviceAdmission.validate!(obj, old).map((c) => `${c.field}: ${c.message.split('\n')[0]}`);
};

describe('Service admission', () => {
  it('fills the defaults a Knative cluster shows', () => {
    const obj = ksvc({ template: { spec: image } });
    serviceAdmission.default!(obj);
    expect(obj.spec).toEqual({
      template: {
        spec: {
          containerConcurrency: 0,
          timeoutSeconds: 300,
          enableServiceLinks: false,
          containers: [
            { image: 'ghcr.io/knative/helloworld-go', name: 'user-container', resources: {}, readinessProbe: { successThreshold: 1, tcpSocket: { port: 0 } } },
          ],
        },
      },
      traffic: [{ latestRevision: true, percent: 100 }],
    });
  });

  const table: [string, Record<string, unknown>, string[]][] = [
    ['a valid service', { template: { spec: image } }, []],
    ['no image', { template: { spec: { containers: [{}] } } }, ['spec.template.spec.containers[0].image: missing field(s)']],
    ['no containers', { template: { spec: {} } }, ['spec.template.spec.containers: missing field(s)']],
    ['containerConcurrency 1001', { template: { spec: { ...image, containerConcurrency: 1001 } } }, ['spec.template.spec.containerConcurrency: expected 0 <= 1001 <= 1000']],
    ['containerConcurrency -1', { template: { spec: { ...image, containerConcurrency: -1 } } }, ['spec.template.spec.containerConcurrency: expected 0 <= -1 <= 1000']],
    ['timeoutSeconds 601', { template: { spec: { ...image, timeoutSeconds: 601 } } }, ['spec.template.spec.timeoutSeconds: expected 0 <= 601 <= 600']],
    ['reserved env', { template: { spec: { containers: [{ image: 'x', env: [{ name: 'PORT', value: '1' }] }] } } },
      ['spec.template.spec.containers[0].env[0].name: "PORT" is a reserved environment variable']],
    ['reserved port', { template: { spec: { containers: [{ image: 'x', ports: [{ containerPort: 8012 }] }] } } },
      ['spec.template.spec.containers[0].ports[0].containerPort: invalid value: 8012']],
    ['revision name without prefix', { template: { metadata: { name: 'other-v1' }, spec: image } },
      ['spec.template.metadata.name: invalid value: "other-v1" must have prefix "hello-"']],
    ['traffic sum', { template: { spec: image }, traffic: [{ latestRevision: true, percent: 50 }] }, ['spec.traffic: Traffic targets sum to 50, want 100']],
    ['duplicate tags', { template: { spec: image }, traffic: [{ tag: 'a', percent: 50 }, { tag: 'a', revisionName: 'hello-00001', percent: 50 }] },
      ['spec.traffic[0].tag: Multiple definitions for "a"', 'spec.traffic[1].tag: Multiple definitions for "a"']],
    ['bad window annotation', { template: { metadata: { annotations: { 'autoscaling.knative.dev/window': '1s' } }, spec: image } },
      [expect.stringMatching(/^spec\.template\.metadata\.annotations\.autoscaling\.knative\.dev\/window: /) as unknown as string]],
  ];
  it.each(table)('%s', (_n, spec, want) => {
    expect(problems(ksvc(structuredClone(spec)))).toEqual(want);
  });

  it('rejects a template change that keeps a user-chosen revision name', () => {
    const old = ksvc({ template: { metadata: { name: 'hello-v1' }, spec: image } });
    serviceAdmission.default!(old);
    const next = structuredClone(old);
    next.spec.template.spec.containers[0].env = [{ name: 'TARGET', value: 'x' }];
    expect(problems(next, old)).toEqual(['spec.template.metadata.name: Saw the following changes without a name change (-old +new)']);
    next.spec.template.metadata.name = 'hello-v2';
    expect(problems(next, old)).toEqual([]);
    const trafficOnly = structuredClone(old);
    trafficOnly.spec.traffic = [{ revisionName: 'hello-v1', percent: 100 }];
    expect(problems(trafficOnly, old)).toEqual([]);
  });
});

describe('Route and Revision admission', () => {
  it('requires a route target', () => {
    const rt: KubeObject = { apiVersion: 'serving.knative.dev/v1', kind: 'Route', metadata: { name: 'r' }, spec: {} };
    routeAdmission.default!(rt);
    expect(routeAdmission.validate!(rt).map((c) => `${c.field}: ${c.message}`)).toEqual(['spec.traffic: Traffic targets sum to 0, want 100']);
  });
  it('keeps a revision spec immutable', () => {
    const rev: KubeObject = { apiVersion: 'serving.knative.dev/v1', kind: 'Revision', metadata: { name: 'r-00001' }, spec: { ...structuredClone(image) } };
    revisionAdmission.default!(rev);
    const next = structuredClone(rev);
    next.spec.timeoutSeconds = 10;
    expect(revisionAdmission.validate!(next, rev).map((c) => `${c.field}: ${c.message.split('\n')[0]}`)).toEqual([
      'spec: Immutable fields changed (-old +new)',
    ]);
    next.metadata.labels = { a: 'b' };
    next.spec.timeoutSeconds = 300;
    expect(revisionAdmission.validate!(next, rev)).toEqual([]);
  });
});
