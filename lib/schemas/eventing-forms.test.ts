import { describe, expect, it } from 'vitest';
import { brokerFieldOf, brokerFrom, brokerSchema } from './broker';
import { channelFrom, channelSchema } from './channel';
import { parseMatchLabels } from './common';
import { formCauses, issuesToFieldErrors, statusToFieldErrors, unplacedErrors } from './field-errors';
import type { KubeStatus } from '../resources/types';

describe('Broker form', () => {
  it('writes only the delivery fields given, as kn broker create does', () => {
    expect(brokerFrom(brokerSchema.parse({ namespace: 'ns', name: 'default' }))).toEqual({
      apiVersion: 'eventing.knative.dev/v1',
      kind: 'Broker',
      metadata: { name: 'default', namespace: 'ns', annotations: { 'eventing.knative.dev/broker.class': 'MTChannelBasedBroker' } },
      spec: {},
    });
    const full = brokerSchema.parse({
      namespace: 'ns', name: 'b', delivery: { retry: 3, backoffPolicy: 'linear', backoffDelay: 'PT0.5S', deadLetterSink: { type: 'ref', kind: 'Service', name: 'dls' } },
    });
    expect(brokerFrom(full).spec).toEqual({
      delivery: { retry: 3, backoffPolicy: 'linear', backoffDelay: 'PT0.5S', deadLetterSink: { ref: { apiVersion: 'serving.knative.dev/v1', kind: 'Service', name: 'dls' } } },
    });
  });

  it('rejects a negative retry and a non-ISO delay at their fields', () => {
    const r = brokerSchema.safeParse({ namespace: 'ns', name: 'b', delivery: { retry: -1, backoffDelay: '200ms' } });
    expect(issuesToFieldErrors(r.error!.issues)).toEqual({ 'delivery.retry': 'retry must be 0 or more', 'delivery.backoffDelay': expect.stringMatching(/ISO-8601/) });
    expect(brokerFieldOf('spec.delivery.deadLetterSink.ref.name')).toBe('delivery.deadLetterSink.name');
  });
});

describe('Channel form', () => {
  it('uses the InMemoryChannel template for --type imc', () => {
    expect(channelFrom(channelSchema.parse({ namespace: 'ns', name: 'orders' })).spec).toEqual({
      channelTemplate: { apiVersion: 'messaging.knative.dev/v1', kind: 'InMemoryChannel' },
    });
  });
});

describe('parseMatchLabels', () => {
  it('reads kn-style selectors', () => {
    expect(parseMatchLabels('app=web,tier=')).toEqual({ matchLabels: { app: 'web', tier: '' } });
    expect(parseMatchLabels('app')).toEqual({ error: '"app" is not key=value' });
    expect(parseMatchLabels(' , ')).toEqual({ error: 'Required: at least one key=value pair' });
    expect(parseMatchLabels('a=b c')).toEqual({ error: 'invalid label value "b c"' });
  });
});

describe('formCauses', () => {
  const status = (s: Partial<KubeStatus>): KubeStatus => ({ kind: 'Status', apiVersion: 'v1', status: 'Failure', code: 422, reason: 'Invalid', message: 'm', ...s });
  const fieldOf = (f: string) => (f === 'spec.schedule' ? 'schedule' : undefined);

  it('re-addresses causes to form fields and keeps the API path in the message', () => {
    const causes = formCauses(status({ details: { causes: [{ field: 'spec.schedule', message: 'invalid value: x' }, { field: 'spec.other', message: 'bad' }] } }), fieldOf);
    expect(statusToFieldErrors(status({ details: { causes } }))).toEqual({ schedule: 'invalid value: x (spec.schedule)', 'spec.other': 'bad' });
  });

  it('puts AlreadyExists on the name', () => {
    const causes = formCauses(status({ code: 409, reason: 'AlreadyExists', message: 'services.serving.knative.dev "hello" already exists' }), fieldOf);
    expect(causes).toEqual([{ field: 'name', message: 'services.serving.knative.dev "hello" already exists', reason: 'FieldValueDuplicate' }]);
  });

  it('lists errors no field shows', () => {
    expect(unplacedErrors({ name: 'x', 'spec.other': 'bad' }, (k) => k === 'name')).toEqual(['spec.other: bad']);
  });
});
