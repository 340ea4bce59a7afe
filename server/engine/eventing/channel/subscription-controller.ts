import { startController, type Controller } from '../../controller/controller';
import type { Store } from '../../store/store';
import { resolveDestination } from '../destination';
import { ADDRESSABLE_GRS, GR } from '../gr';
import { allInNamespace, conditionsOf, deadLetterSinkStatus, readyOf, writeStatus, type ConditionInput } from '../status';

const READY_DEPENDENTS = ['ChannelReady', 'Resolved', 'AddedToChannel', 'OIDCIdentityCreated'];
const CHANNEL_KINDS = new Set(['Channel', 'InMemoryChannel']);

/**
 * Subscription status (`pkg/reconciler/subscription`): subscriber, reply and
 * dead-letter sink resolved into status.physicalSubscription, which is what
 * the channel dispatcher reads.
 */
export function startSubscriptionController(store: Store): Controller {
  return startController({
    name: 'subscription',
    store,
    gr: GR.subscriptions,
    watches: [
      {
        gr: GR.channels,
        map: (c) =>
          store
            .list(GR.subscriptions, c.metadata.namespace ?? '')
            .filter((s) => s.spec?.channel?.name === c.metadata.name)
            .map((s) => ({ namespace: s.metadata.namespace ?? '', name: s.metadata.name })),
      },
      ...ADDRESSABLE_GRS.filter((g) => g !== GR.channels).map((gr) => ({ gr, map: allInNamespace(store, GR.subscriptions) })),
    ],
    reconcile({ namespace, name }) {
      const s = store.get(GR.subscriptions, namespace, name);
      if (!s || s.metadata.deletionTimestamp) return;
      const ref = s.spec?.channel ?? {};
      const channel = CHANNEL_KINDS.has(ref.kind) ? store.get(GR.channels, namespace, ref.name) : undefined;
      const set: ConditionInput[] = [{ type: 'OIDCIdentityCreated', status: 'True', reason: 'authentication-oidc feature disabled' }];
      if (!channel) {
        const why = CHANNEL_KINDS.has(ref.kind)
          ? `channels.messaging.knative.dev "${ref.name}" not found`
          : `${ref.kind}.${ref.apiVersion} is not a channel kind this engine serves (use messaging.knative.dev/v1 Channel)`;
        set.push({ type: 'ChannelReady', status: 'False', reason: 'ChannelReferenceFailed', message: `Failed to get Spec.Channel or backing channel: ${why}` });
        set.push({ type: 'AddedToChannel', status: 'False', reason: 'ChannelReferenceFailed', message: why });
      } else {
        const ready = readyOf(channel);
        set.push(
          ready.status === 'True'
            ? { type: 'ChannelReady', status: 'True' }
            : { type: 'ChannelReady', status: ready.status, reason: ready.reason ?? 'ChannelNotReady', message: ready.message ?? 'channel is not ready yet' },
        );
        set.push({ type: 'AddedToChannel', status: 'True' });
      }
      const phys: Record<string, string> = {};
      const problems: ConditionInput[] = [];
      if (s.spec?.subscriber) {
        const r = resolveDestination(store, namespace, s.spec.subscriber);
        if ('error' in r) problems.push({ type: 'Resolved', status: 'False', reason: 'SubscriberResolveFailed', message: `Failed to resolve spec.subscriber: ${r.error}` });
        else phys.subscriberUri = r.uri;
      }
      if (s.spec?.reply) {
        const r = resolveDestination(store, namespace, s.spec.reply);
        if ('error' in r) problems.push({ type: 'Resolved', status: 'False', reason: 'ReplyResolveFailed', message: `Failed to resolve spec.reply: ${r.error}` });
        else phys.replyUri = r.uri;
      }
      const delivery = s.spec?.delivery ?? channel?.spec?.delivery;
      const dls = deadLetterSinkStatus(store, namespace, delivery?.deadLetterSink);
      if (dls.condition.status === 'False') {
        problems.push({ type: 'Resolved', status: 'False', reason: 'DeadLetterSinkResolveFailed', message: `Failed to resolve spec.delivery.deadLetterSink: ${dls.condition.message}` });
      } else if (dls.uri) phys.deadLetterSinkUri = dls.uri;
      set.push(problems[0] ?? { type: 'Resolved', status: 'True' });
      writeStatus(store, GR.subscriptions, s, {
        conditions: conditionsOf(s.status?.conditions, set, READY_DEPENDENTS),
        physicalSubscription: phys,
      });
      return problems.length || !channel ? { requeueAfterMs: 5000 } : undefined;
    },
  });
}
