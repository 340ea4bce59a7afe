/** Storage keys (`group/plural`) of the kinds eventing reconciles. */
export const GR = {
  brokers: 'eventing.knative.dev/brokers',
  triggers: 'eventing.knative.dev/triggers',
  channels: 'messaging.knative.dev/channels',
  subscriptions: 'messaging.knative.dev/subscriptions',
  sequences: 'flows.knative.dev/sequences',
  parallels: 'flows.knative.dev/parallels',
  ksvcs: 'serving.knative.dev/services',
} as const;

/** Kinds whose status.address can be a subscriber, reply or dead-letter sink. */
export const ADDRESSABLE_GRS = [GR.ksvcs, GR.brokers, GR.channels, GR.sequences, GR.parallels];

export const brokerOf = (trigger: { spec?: { broker?: string; brokerRef?: { name?: string } } }) =>
  trigger.spec?.broker ?? trigger.spec?.brokerRef?.name ?? '';
