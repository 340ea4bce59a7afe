import { z } from 'zod';
import { isoDuration, k8sName } from './common';
import { destinationOf, sinkSchema, sinkSubfield } from './sink';

export const BROKER_CLASSES = ['MTChannelBasedBroker', 'Kafka'] as const;
export const BROKER_CLASS_ANNOTATION = 'eventing.knative.dev/broker.class';

/**
 * The Broker form (`kn broker create NAME --class … --retry … --backoff-policy …
 * --backoff-delay … --timeout … --dl-sink …`). Empty delivery fields are left out,
 * so Knative's defaults (retry 10, exponential, PT0.2S) apply as they would with kn.
 */
export const brokerSchema = z.object({
  namespace: k8sName,
  name: k8sName,
  class: z.enum(BROKER_CLASSES).default('MTChannelBasedBroker'),
  delivery: z
    .object({
      retry: z.number({ error: 'a whole number of retries' }).int('a whole number of retries').min(0, 'retry must be 0 or more').optional(),
      backoffPolicy: z.enum(['exponential', 'linear']).optional(),
      backoffDelay: z.union([z.literal(''), isoDuration]).default(''),
      timeout: z.union([z.literal(''), isoDuration]).default(''),
      deadLetterSink: sinkSchema.optional(),
    })
    .default({ backoffDelay: '', timeout: '' }),
});

export type BrokerInput = z.input<typeof brokerSchema>;
export type BrokerForm = z.output<typeof brokerSchema>;

export function brokerFrom(v: BrokerForm) {
  const d = v.delivery;
  const delivery = {
    ...(d.deadLetterSink ? { deadLetterSink: destinationOf(d.deadLetterSink) } : {}),
    ...(d.retry !== undefined ? { retry: d.retry } : {}),
    ...(d.backoffPolicy ? { backoffPolicy: d.backoffPolicy } : {}),
    ...(d.backoffDelay ? { backoffDelay: d.backoffDelay } : {}),
    ...(d.timeout ? { timeout: d.timeout } : {}),
  };
  return {
    apiVersion: 'eventing.knative.dev/v1',
    kind: 'Broker',
    metadata: { name: v.name, namespace: v.namespace, annotations: { [BROKER_CLASS_ANNOTATION]: v.class } },
    spec: Object.keys(delivery).length ? { delivery } : {},
  };
}

export function brokerFieldOf(apiField: string): string | undefined {
  if (apiField === 'metadata.name') return 'name';
  if (apiField.includes(BROKER_CLASS_ANNOTATION)) return 'class';
  if (apiField.startsWith('spec.delivery.deadLetterSink')) return `delivery.deadLetterSink.${sinkSubfield(apiField) ?? 'name'}`;
  const m = /^spec\.delivery\.(retry|backoffPolicy|backoffDelay|timeout)/.exec(apiField);
  return m ? `delivery.${m[1]}` : undefined;
}
