import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../resources/types';
import { brokerAdmission, subscriptionAdmission, triggerAdmission } from './admission';

const obj = (kind: string, spec: unknown, extra: Partial<KubeObject['metadata']> = {}): KubeObject => ({
  apiVersion: 'eventing.knative.dev/v1', kind, metadata: { name: 'x', namespace: 'default', ...extra }, spec,
});

describe('broker admission', () => {
  it('defaults class, config and the default delivery', () => {
    const b = obj('Broker', undefined);
    brokerAdmission.default!(b);
    expect(b.metadata.annotations).toEqual({ 'eventing.knative.dev/broker.class': 'MTChannelBasedBroker' });
    expect(b.spec.delivery).toEqual({ retry: 10, backoffPolicy: 'exponential', backoffDelay: 'PT0.2S' });
    expect(b.spec.config.name).toBe('config-br-default-channel');
  });

  it('keeps a delivery that was given, whole', () => {
    const b = obj('Broker', { delivery: { retry: 2 } });
    brokerAdmission.default!(b);
    expect(b.spec.delivery).toEqual({ retry: 2 });
  });

  it('refuses a class change', () => {
    const old = obj('Broker', {}, { annotations: { 'eventing.knative.dev/broker.class': 'MTChannelBasedBroker' } });
    const next = obj('Broker', {}, { annotations: { 'eventing.knative.dev/broker.class': 'Kafka' } });
    expect(brokerAdmission.validate!(next, old)[0].field).toBe('metadata.annotations[eventing.knative.dev/broker.class]');
  });
});

describe('trigger admission', () => {
  it('defaults broker, filter, label and ref namespaces', () => {
    const t = obj('Trigger', { subscriber: { ref: { apiVersion: 'serving.knative.dev/v1', kind: 'Service', name: 's' } } });
    triggerAdmission.default!(t);
    expect(t.spec.broker).toBe('default');
    expect(t.spec.filter).toEqual({});
    expect(t.metadata.labels).toEqual({ 'eventing.knative.dev/broker': 'default' });
    expect(t.spec.subscriber.ref.namespace).toBe('default');
  });

  it.each([
    ['no subscriber', { broker: 'b' }, 'spec.subscriber'],
    ['empty subscriber', { broker: 'b', subscriber: {} }, 'spec.subscriber'],
    ['relative uri', { broker: 'b', subscriber: { uri: '/path' } }, 'spec.subscriber.uri'],
    ['negative retry', { broker: 'b', subscriber: { uri: 'http://s' }, delivery: { retry: -2 } }, 'spec.delivery.retry'],
    ['bad backoff policy', { broker: 'b', subscriber: { uri: 'http://s' }, delivery: { backoffPolicy: 'fibonacci' } }, 'spec.delivery.backoffPolicy'],
    ['bad duration', { broker: 'b', subscriber: { uri: 'http://s' }, delivery: { backoffDelay: '5s' } }, 'spec.delivery.backoffDelay'],
  ])('refuses %s', (_, spec, field) => {
    expect(triggerAdmission.validate!(obj('Trigger', spec)).map((c) => c.field)).toContain(field);
  });

  it('refuses a broker change', () => {
    const causes = triggerAdmission.validate!(obj('Trigger', { broker: 'b2', subscriber: { uri: 'http://s' } }), obj('Trigger', { broker: 'b1', subscriber: { uri: 'http://s' } }));
    expect(causes).toEqual([expect.objectContaining({ field: 'spec.broker', message: expect.stringContaining('Immutable') })]);
  });

  it('accepts a valid trigger', () => {
    expect(triggerAdmission.validate!(obj('Trigger', { broker: 'b', filter: { attributes: { type: 'x' } }, subscriber: { uri: 'http://s' } }))).toEqual([]);
  });
});

describe('subscription admission', () => {
  it('needs a channel and a subscriber or a reply', () => {
    const causes = subscriptionAdmission.validate!(obj('Subscription', {}));
    expect(causes.map((c) => c.field)).toEqual(['spec.channel', 'spec.reply, spec.subscriber']);
  });
});
