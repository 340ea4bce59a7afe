import { describe, expect, it } from 'vitest';
import { apiServerSourceFieldOf, apiServerSourceFrom, apiServerSourceSchema } from './apiserver-source';
import { containerSourceFieldOf, containerSourceFrom, containerSourceSchema } from './container-source';
import { pingSourceFieldOf, pingSourceFrom, pingSourceSchema } from './ping-source';
import { sinkBindingFrom, sinkBindingSchema } from './sink-binding';

const base = { namespace: 'default', name: 'tick' };
const toSvc = { type: 'ref', kind: 'Service', name: 'display' } as const;
const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('PingSource form', () => {
  it('maps to the PingSource kn source ping create writes', () => {
    const v = pingSourceSchema.parse({ ...base, schedule: '*/2 * * * * *', data: '{"a":1}', contentType: 'application/json', sink: toSvc, ceOverrides: { team: 'x' } });
    expect(pingSourceFrom(v)).toEqual({
      apiVersion: 'sources.knative.dev/v1',
      kind: 'PingSource',
      metadata: { name: 'tick', namespace: 'default' },
      spec: {
        schedule: '*/2 * * * * *',
        contentType: 'application/json',
        data: '{"a":1}',
        sink: { ref: { apiVersion: 'serving.knative.dev/v1', kind: 'Service', name: 'display' } },
        ceOverrides: { extensions: { team: 'x' } },
      },
    });
  });

  it('sends base64 data as dataBase64 and keeps the time zone', () => {
    const v = pingSourceSchema.parse({ ...base, schedule: '0 9 * * 1-5', timezone: 'Europe/Paris', encoding: 'base64', data: 'aGk=', sink: { type: 'uri', uri: 'https://example.com/e' } });
    expect(pingSourceFrom(v).spec).toEqual({ schedule: '0 9 * * 1-5', timezone: 'Europe/Paris', dataBase64: 'aGk=', sink: { uri: 'https://example.com/e' } });
  });

  it('puts each problem on its field', () => {
    expect(issues(pingSourceSchema.safeParse({ ...base, schedule: 'every minute', sink: toSvc }))).toHaveProperty('schedule');
    expect(issues(pingSourceSchema.safeParse({ ...base, schedule: '* * * * *', timezone: 'Mars/Olympus', sink: toSvc })).timezone).toMatch(/unknown time zone/);
    expect(issues(pingSourceSchema.safeParse({ ...base, schedule: '', sink: toSvc })).schedule).toMatch(/Required/);
    expect(issues(pingSourceSchema.safeParse({ ...base, schedule: '* * * * *', encoding: 'base64', data: 'not base64!', sink: toSvc })).data).toMatch(/illegal base64/);
    expect(issues(pingSourceSchema.safeParse({ ...base, schedule: '* * * * *', data: '{nope', contentType: 'application/json', sink: toSvc })).data).toMatch(/not valid JSON/);
    expect(issues(pingSourceSchema.safeParse({ ...base, schedule: '* * * * *', sink: { type: 'ref', kind: 'Service', name: '' } }))['sink.name']).toMatch(/Pick a sink/);
    expect(issues(pingSourceSchema.safeParse({ ...base, schedule: '* * * * *', sink: { type: 'uri', uri: '/relative' } }))['sink.uri']).toMatch(/not an absolute URI/);
  });

  it('maps API causes to form fields', () => {
    expect(pingSourceFieldOf('spec.schedule')).toBe('schedule');
    expect(pingSourceFieldOf('spec.dataBase64')).toBe('data');
    expect(pingSourceFieldOf('spec.sink.uri')).toBe('sink.uri');
    expect(pingSourceFieldOf('spec.sink.ref.name')).toBe('sink.name');
    expect(pingSourceFieldOf('metadata.name')).toBe('name');
  });
});

describe('ApiServerSource form', () => {
  it('maps --resource Kind:apiVersion:selector rows, mode and service account', () => {
    const v = apiServerSourceSchema.parse({
      ...base,
      resources: [{ apiVersion: 'v1', kind: 'Event' }, { apiVersion: 'apps/v1', kind: 'Deployment', selector: 'app=web, tier=api' }],
      mode: 'Resource',
      serviceAccountName: 'watcher',
      sink: toSvc,
    });
    expect(apiServerSourceFrom(v).spec).toEqual({
      mode: 'Resource',
      resources: [{ apiVersion: 'v1', kind: 'Event' }, { apiVersion: 'apps/v1', kind: 'Deployment', selector: { matchLabels: { app: 'web', tier: 'api' } } }],
      serviceAccountName: 'watcher',
      sink: { ref: { apiVersion: 'serving.knative.dev/v1', kind: 'Service', name: 'display' } },
    });
  });

  it('rejects bad rows at the row field', () => {
    const e = issues(apiServerSourceSchema.safeParse({ ...base, resources: [{ apiVersion: 'Apps/V1', kind: '', selector: 'app' }], sink: toSvc }));
    expect(Object.keys(e).sort()).toEqual(['resources.0.apiVersion', 'resources.0.kind', 'resources.0.selector']);
    expect(issues(apiServerSourceSchema.safeParse({ ...base, resources: [], sink: toSvc })).resources).toMatch(/at least one/);
    expect(apiServerSourceFieldOf('spec.resources[1].kind')).toBe('resources.1.kind');
  });
});

describe('SinkBinding form', () => {
  it('binds by name or by selector, in the binding namespace', () => {
    const byName = sinkBindingSchema.parse({ ...base, subject: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'emitter' }, sink: toSvc });
    expect(sinkBindingFrom(byName).spec.subject).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'default', name: 'emitter' });
    const bySel = sinkBindingSchema.parse({ ...base, subject: { apiVersion: 'apps/v1', kind: 'Deployment', by: 'selector', selector: 'app=emitter' }, sink: toSvc });
    expect(sinkBindingFrom(bySel).spec.subject).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'default', selector: { matchLabels: { app: 'emitter' } } });
  });

  it('requires the field the chosen mode needs', () => {
    expect(issues(sinkBindingSchema.safeParse({ ...base, subject: { apiVersion: 'apps/v1', kind: 'Deployment', name: '' }, sink: toSvc }))['subject.name']).toMatch(/Required/);
    expect(issues(sinkBindingSchema.safeParse({ ...base, subject: { apiVersion: 'apps/v1', kind: 'Deployment', by: 'selector', selector: 'x' }, sink: toSvc }))['subject.selector']).toMatch(/key=value/);
  });
});

describe('ContainerSource form', () => {
  it('builds a one-container template with args and env', () => {
    const v = containerSourceSchema.parse({ ...base, image: 'ghcr.io/knative/heartbeats', args: ['--period=1', ''], env: [{ source: 'value', name: 'POD_NAME', value: 'x' }], sink: toSvc });
    expect(containerSourceFrom(v).spec.template).toEqual({
      spec: { containers: [{ name: 'tick-0', image: 'ghcr.io/knative/heartbeats', args: ['--period=1'], env: [{ name: 'POD_NAME', value: 'x' }] }] },
    });
  });

  it('validates the image reference', () => {
    expect(issues(containerSourceSchema.safeParse({ ...base, image: 'Bad Image', sink: toSvc })).image).toMatch(/spaces/);
    expect(containerSourceFieldOf('spec.template.spec.containers[0].image')).toBe('image');
  });
});
