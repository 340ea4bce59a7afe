import { describe, expect, it } from 'vitest';
import { deployImageSchema } from './deploy-image';
import { deployImageFieldOf, knativeServiceFromImage } from './knative-service-from-image';

const base = { namespace: 'default', name: 'hello', image: 'docker.io/knative/helloworld' };

describe('deployImageSchema', () => {
  it('names the field and the reason for bad input', () => {
    const r = deployImageSchema.safeParse({ ...base, name: 'Bad_Name', image: 'Nope:', scaling: { min: 5, max: 2 } });
    expect(r.success).toBe(false);
    const byPath = Object.fromEntries(r.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(byPath.name).toMatch(/RFC 1123 label/);
    expect(byPath.image).toMatch(/invalid tag|lowercase/);
    expect(byPath['scaling.min']).toBe('min-scale=5 is greater than max-scale=2');
  });

  it('rejects a timeout above the revision maximum and a bad tag', () => {
    const r = deployImageSchema.safeParse({ ...base, timeoutSeconds: 601, tag: '1canary' });
    expect(r.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['tag', 'timeoutSeconds']);
  });
});

describe('knativeServiceFromImage', () => {
  it('maps the options as kn service create does', () => {
    const svc = knativeServiceFromImage(
      deployImageSchema.parse({
        ...base,
        application: 'shop',
        env: [
          { source: 'value', name: 'TARGET', value: 'Console' },
          { source: 'secret', name: 'TOKEN', secret: 'creds', key: 'token' },
        ],
        port: 8080,
        containerConcurrency: 10,
        timeoutSeconds: 120,
        scaling: { min: 1, max: 5, window: '6s', metric: 'rps' },
        resources: { limits: { memory: '256Mi' } },
        tag: 'current',
      }),
    );
    expect(svc.metadata.labels).toEqual({ 'app.kubernetes.io/part-of': 'shop' });
    expect(svc.spec.template.metadata.annotations).toEqual({
      'autoscaling.knative.dev/min-scale': '1',
      'autoscaling.knative.dev/max-scale': '5',
      'autoscaling.knative.dev/window': '6s',
      'autoscaling.knative.dev/metric': 'rps',
    });
    expect(svc.spec.template.spec).toEqual({
      containerConcurrency: 10,
      timeoutSeconds: 120,
      containers: [
        {
          image: 'docker.io/knative/helloworld',
          env: [
            { name: 'TARGET', value: 'Console' },
            { name: 'TOKEN', valueFrom: { secretKeyRef: { name: 'creds', key: 'token' } } },
          ],
          ports: [{ containerPort: 8080 }],
          resources: { limits: { memory: '256Mi' } },
        },
      ],
    });
    expect(svc.spec.traffic).toEqual([{ latestRevision: true, percent: 100, tag: 'current' }]);
  });

  it('leaves out what was not set', () => {
    const svc = knativeServiceFromImage(deployImageSchema.parse(base));
    expect(svc.spec).toEqual({ template: { metadata: { annotations: {} }, spec: { containers: [{ image: base.image }] } } });
  });
});

describe('deployImageFieldOf', () => {
  it.each([
    ['metadata.name', 'name'],
    ['spec.template.spec.containers[0].image', 'image'],
    ['spec.template.spec.containerConcurrency', 'containerConcurrency'],
    ['spec.template.metadata.annotations.autoscaling.knative.dev/min-scale', 'scaling'],
    ['spec.traffic[0].tag', 'tag'],
  ])('%s → %s', (api, field) => expect(deployImageFieldOf(api)).toBe(field));
});
