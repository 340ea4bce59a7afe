import { describe, expect, it } from 'vitest';
import { deployImageSchema } from '../schemas/deploy-image';
import { knativeServiceFromImage } from '../schemas/knative-service-from-image';
import { deployImageInput, emptyDeployImageDraft } from './deploy-image-draft';
import { envInput, recordOf } from './drafts';
import { cadence, fromNow } from './schedule-summary';

describe('deployImageInput', () => {
  it('leaves empty fields out and parses numbers, so the ksvc has only what was set', () => {
    const d = emptyDeployImageDraft();
    const input = deployImageInput('default', {
      ...d,
      image: 'docker.io/knative/helloworld',
      name: ' helloworld ',
      env: [{ source: 'value', name: 'TARGET', value: 'Console', from: '', key: '' }, { source: 'value', name: '', value: '', from: '', key: '' }],
      scaling: { ...d.scaling, min: '1', window: '30s' },
      labels: [{ key: 'team', value: 'a' }, { key: '', value: 'draft' }],
    });
    const svc = knativeServiceFromImage(deployImageSchema.parse(input));
    expect(svc.metadata).toEqual({ name: 'helloworld', namespace: 'default', labels: { team: 'a' } });
    expect(svc.spec.template.metadata.annotations).toEqual({ 'autoscaling.knative.dev/min-scale': '1', 'autoscaling.knative.dev/window': '30s' });
    expect(svc.spec.template.spec).toEqual({ containers: [{ image: 'docker.io/knative/helloworld', env: [{ name: 'TARGET', value: 'Console' }] }] });
  });

  it('keeps a non-number as NaN so the schema names the field', () => {
    const r = deployImageSchema.safeParse(deployImageInput('default', { ...emptyDeployImageDraft(), image: 'nginx', name: 'web', port: 'abc' }));
    expect(r.error!.issues.map((i) => i.path.join('.'))).toEqual(['port']);
  });
});

describe('envInput / recordOf', () => {
  it('maps ConfigMap and Secret rows to their sources', () => {
    expect(envInput([
      { source: 'configMap', name: 'A', value: '', from: 'cfg', key: 'k' },
      { source: 'secret', name: 'B', value: 'ignored', from: 'sec', key: 'p' },
    ])).toEqual([{ source: 'configMap', name: 'A', configMap: 'cfg', key: 'k' }, { source: 'secret', name: 'B', secret: 'sec', key: 'p' }]);
    expect(recordOf([{ key: ' a ', value: '1' }, { key: '', value: '2' }])).toEqual({ a: '1' });
  });
});

describe('schedule summary', () => {
  const at = (...s: number[]) => s.map((x) => new Date(x * 1000));
  it('says the cadence of evenly spaced runs only', () => {
    expect(cadence(at(0, 2, 4, 6))).toBe('every 2 seconds');
    expect(cadence(at(0, 60, 120))).toBe('every minute');
    expect(cadence(at(0, 7200, 14400))).toBe('every 2 hours');
    expect(cadence(at(0, 60, 180))).toBeUndefined();
  });
  it('says how far a run is', () => {
    expect(fromNow(new Date(5_000), 0)).toBe('in 5 s');
    expect(fromNow(new Date(180_000), 0)).toBe('in 3 min');
  });
});
