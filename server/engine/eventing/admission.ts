import type { StatusCause } from '../errors';
import type { Admission, KubeObject } from '../resources/types';
import type { Destination } from './destination';
import { DEFAULT_BROKER_DELIVERY, validateDelivery } from './delivery/spec';
import { validateTriggerFilters } from './filters';
import { DEFAULT_CHANNEL_TEMPLATE } from './flows/owned';
import { validateDestination } from './validate-destination';

/**
 * Defaulting and validation of eventing's kinds, as Knative's webhooks do them
 * (`pkg/apis/eventing/v1/*_defaults.go`, `*_validation.go`, and messaging/flows).
 * Messages follow knative.dev/pkg FieldError texts.
 */

export const BROKER_CLASS_ANNOTATION = 'eventing.knative.dev/broker.class';
export const DEFAULT_BROKER_CLASS = 'MTChannelBasedBroker';

const immutable = (field: string, before: unknown, after: unknown): StatusCause => ({
  field,
  message: `Immutable fields changed (-old +new): -${JSON.stringify(before)} +${JSON.stringify(after)}`,
  reason: 'FieldValueForbidden',
});

const missing = (field: string): StatusCause => ({ field, message: 'missing field(s)', reason: 'FieldValueRequired' });

const changed = (a: unknown, b: unknown) => JSON.stringify(a ?? null) !== JSON.stringify(b ?? null);

/** A Destination's ref defaults to the object's namespace (`SetDefaults` on duck Destinations). */
function defaultRefNamespace(dest: Destination | undefined, ns: string | undefined) {
  if (dest?.ref && !dest.ref.namespace && ns) dest.ref.namespace = ns;
}

function validateKRef(ref: { apiVersion?: string; kind?: string; name?: string } | undefined, field: string): StatusCause[] {
  if (!ref) return [missing(field)];
  return (['apiVersion', 'kind', 'name'] as const).filter((k) => !ref[k]).map((k) => missing(`${field}.${k}`));
}

export const brokerAdmission: Admission = {
  default(obj) {
    obj.metadata.annotations = { ...obj.metadata.annotations };
    obj.metadata.annotations[BROKER_CLASS_ANNOTATION] ??= DEFAULT_BROKER_CLASS;
    obj.spec ??= {};
    obj.spec.config ??= { apiVersion: 'v1', kind: 'ConfigMap', name: 'config-br-default-channel', namespace: 'knative-eventing' };
    obj.spec.delivery ??= structuredClone(DEFAULT_BROKER_DELIVERY);
    defaultRefNamespace(obj.spec.delivery.deadLetterSink, obj.metadata.namespace);
  },
  validate(obj, old) {
    const causes = [...validateDelivery(obj.spec?.delivery, 'spec.delivery')];
    if (obj.spec?.config) causes.push(...validateKRef(obj.spec.config, 'spec.config'));
    const cls = (o: KubeObject) => o.metadata.annotations?.[BROKER_CLASS_ANNOTATION];
    if (old && cls(old) && changed(cls(old), cls(obj))) {
      causes.push(immutable(`metadata.annotations[${BROKER_CLASS_ANNOTATION}]`, cls(old), cls(obj)));
    }
    return causes;
  },
};

export const triggerAdmission: Admission = {
  default(obj) {
    obj.spec ??= {};
    if (!obj.spec.broker && !obj.spec.brokerRef) obj.spec.broker = 'default';
    obj.spec.filter ??= {};
    const broker = obj.spec.broker ?? obj.spec.brokerRef?.name;
    if (broker) obj.metadata.labels = { ...obj.metadata.labels, 'eventing.knative.dev/broker': broker };
    defaultRefNamespace(obj.spec.subscriber, obj.metadata.namespace);
    defaultRefNamespace(obj.spec.delivery?.deadLetterSink, obj.metadata.namespace);
  },
  validate(obj, old) {
    const spec = obj.spec ?? {};
    const causes: StatusCause[] = [];
    if (!spec.broker && !spec.brokerRef) causes.push(missing('spec.broker'));
    if (spec.broker && spec.brokerRef) causes.push({ field: 'spec.broker', message: 'expected exactly one, got both: broker, brokerRef' });
    if (!spec.subscriber) causes.push(missing('spec.subscriber'));
    else causes.push(...validateDestination(spec.subscriber, 'spec.subscriber'));
    causes.push(...validateTriggerFilters(spec, 'spec'));
    causes.push(...validateDelivery(spec.delivery, 'spec.delivery'));
    if (old && (changed(old.spec?.broker, spec.broker) || changed(old.spec?.brokerRef, spec.brokerRef))) {
      causes.push(immutable('spec.broker', old.spec?.broker ?? old.spec?.brokerRef, spec.broker ?? spec.brokerRef));
    }
    return causes;
  },
};

export const channelAdmission: Admission = {
  default(obj) {
    obj.spec ??= {};
    obj.spec.channelTemplate ??= { ...DEFAULT_CHANNEL_TEMPLATE };
    defaultRefNamespace(obj.spec.delivery?.deadLetterSink, obj.metadata.namespace);
  },
  validate(obj, old) {
    const causes = [...validateKRef(obj.spec?.channelTemplate, 'spec.channelTemplate').filter((c) => !c.field?.endsWith('.name'))];
    causes.push(...validateDelivery(obj.spec?.delivery, 'spec.delivery'));
    if (old && changed(old.spec?.channelTemplate, obj.spec?.channelTemplate)) {
      causes.push(immutable('spec.channelTemplate', old.spec?.channelTemplate, obj.spec?.channelTemplate));
    }
    return causes;
  },
};

export const subscriptionAdmission: Admission = {
  default(obj) {
    obj.spec ??= {};
    defaultRefNamespace(obj.spec.subscriber, obj.metadata.namespace);
    defaultRefNamespace(obj.spec.reply, obj.metadata.namespace);
    defaultRefNamespace(obj.spec.delivery?.deadLetterSink, obj.metadata.namespace);
  },
  validate(obj, old) {
    const spec = obj.spec ?? {};
    const causes = validateKRef(spec.channel, 'spec.channel');
    if (!spec.subscriber && !spec.reply) causes.push({ field: 'spec.reply, spec.subscriber', message: 'missing field(s)', reason: 'FieldValueRequired' });
    if (spec.subscriber) causes.push(...validateDestination(spec.subscriber, 'spec.subscriber'));
    if (spec.reply) causes.push(...validateDestination(spec.reply, 'spec.reply'));
    causes.push(...validateDelivery(spec.delivery, 'spec.delivery'));
    if (old && changed(old.spec?.channel, spec.channel)) causes.push(immutable('spec.channel', old.spec?.channel, spec.channel));
    return causes;
  },
};

export const sequenceAdmission: Admission = {
  default(obj) {
    obj.spec ??= {};
    obj.spec.channelTemplate ??= { ...DEFAULT_CHANNEL_TEMPLATE };
    for (const step of obj.spec.steps ?? []) defaultRefNamespace(step, obj.metadata.namespace);
    defaultRefNamespace(obj.spec.reply, obj.metadata.namespace);
  },
  validate(obj) {
    const spec = obj.spec ?? {};
    const steps: (Destination & { delivery?: unknown })[] = spec.steps ?? [];
    const causes: StatusCause[] = steps.length ? [] : [missing('spec.steps')];
    steps.forEach((s, i) => {
      causes.push(...validateDestination(s, `spec.steps[${i}]`));
      causes.push(...validateDelivery(s.delivery as never, `spec.steps[${i}].delivery`));
    });
    if (spec.reply) causes.push(...validateDestination(spec.reply, 'spec.reply'));
    causes.push(...validateKRef(spec.channelTemplate, 'spec.channelTemplate').filter((c) => !c.field?.endsWith('.name')));
    return causes;
  },
};

export const parallelAdmission: Admission = {
  default(obj) {
    obj.spec ??= {};
    obj.spec.channelTemplate ??= { ...DEFAULT_CHANNEL_TEMPLATE };
    for (const b of obj.spec.branches ?? []) {
      for (const d of [b.filter, b.subscriber, b.reply]) defaultRefNamespace(d, obj.metadata.namespace);
    }
    defaultRefNamespace(obj.spec.reply, obj.metadata.namespace);
  },
  validate(obj) {
    const spec = obj.spec ?? {};
    const branches: { filter?: Destination; subscriber?: Destination; reply?: Destination; delivery?: unknown }[] = spec.branches ?? [];
    const causes: StatusCause[] = branches.length ? [] : [missing('spec.branches')];
    branches.forEach((b, i) => {
      causes.push(...validateDestination(b.subscriber, `spec.branches[${i}].subscriber`));
      if (b.filter) causes.push(...validateDestination(b.filter, `spec.branches[${i}].filter`));
      if (b.reply) causes.push(...validateDestination(b.reply, `spec.branches[${i}].reply`));
      causes.push(...validateDelivery(b.delivery as never, `spec.branches[${i}].delivery`));
    });
    if (spec.reply) causes.push(...validateDestination(spec.reply, 'spec.reply'));
    causes.push(...validateKRef(spec.channelTemplate, 'spec.channelTemplate').filter((c) => !c.field?.endsWith('.name')));
    return causes;
  },
};
