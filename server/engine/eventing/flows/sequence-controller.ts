import { startController, toControllingOwner, type Controller } from '../../controller/controller';
import type { KubeObject } from '../../resources/types';
import type { Store } from '../../store/store';
import { GR } from '../gr';
import { conditionsOf, readyOf, writeStatus, type ConditionInput } from '../status';
import { channelRef, DEFAULT_CHANNEL_TEMPLATE, ensureOwned } from './owned';
import { pruneChildren } from '../../controller/children';

/** `pkg/reconciler/sequence/resources`: channel and subscription i share the name `<seq>-kn-sequence-<i>`. */
export const sequenceChannelName = (seq: string, i: number) => `${seq}-kn-sequence-${i}`;

const READY_DEPENDENTS = ['ChannelsReady', 'SubscriptionsReady', 'Addressable'];

/**
 * Sequence: step i subscribes to channel i and replies to channel i+1; the last
 * step replies to spec.reply. An event moves on only when a step replies with
 * an event. The channels and subscriptions are ordinary, owned objects.
 */
export function startSequenceController(store: Store): Controller {
  return startController({
    name: 'sequence',
    store,
    gr: GR.sequences,
    watches: [
      { gr: GR.channels, map: toControllingOwner('Sequence') },
      { gr: GR.subscriptions, map: toControllingOwner('Sequence') },
    ],
    reconcile({ namespace, name }) {
      const seq = store.get(GR.sequences, namespace, name);
      if (!seq || seq.metadata.deletionTimestamp) return;
      const steps: Record<string, unknown>[] = seq.spec?.steps ?? [];
      const template = seq.spec?.channelTemplate ?? DEFAULT_CHANNEL_TEMPLATE;
      const errors: string[] = [];
      const channels: (KubeObject | undefined)[] = [];
      const subs: (KubeObject | undefined)[] = [];
      const labels = { 'flows.knative.dev/sequence': name };
      steps.forEach((_, i) => {
        const r = ensureOwned(store, GR.channels, seq, {
          apiVersion: 'messaging.knative.dev/v1', kind: 'Channel', name: sequenceChannelName(name, i), labels, spec: { channelTemplate: template },
        });
        if ('error' in r) errors.push(r.error);
        channels.push('obj' in r ? r.obj : undefined);
      });
      steps.forEach((step, i) => {
        const { delivery, ...destination } = step as { delivery?: unknown };
        const reply = i < steps.length - 1 ? { ref: channelRef(sequenceChannelName(name, i + 1), namespace) } : seq.spec?.reply;
        const spec = {
          channel: { apiVersion: 'messaging.knative.dev/v1', kind: 'Channel', name: sequenceChannelName(name, i) },
          subscriber: destination,
          ...(reply ? { reply } : {}),
          ...((delivery ?? seq.spec?.delivery) ? { delivery: delivery ?? seq.spec?.delivery } : {}),
        };
        const r = ensureOwned(store, GR.subscriptions, seq, { apiVersion: 'messaging.knative.dev/v1', kind: 'Subscription', name: sequenceChannelName(name, i), labels, spec });
        if ('error' in r) errors.push(r.error);
        subs.push('obj' in r ? r.obj : undefined);
      });
      const keep = new Set(steps.map((_, i) => sequenceChannelName(name, i)));
      pruneChildren(store, GR.channels, seq, keep);
      pruneChildren(store, GR.subscriptions, seq, keep);

      const address: string | undefined = channels[0]?.status?.address?.url;
      const set: ConditionInput[] = [
        partsCondition('ChannelsReady', 'ChannelsNotReady', channels, errors),
        partsCondition('SubscriptionsReady', 'SubscriptionsNotReady', subs, errors),
        address
          ? { type: 'Addressable', status: 'True' }
          : { type: 'Addressable', status: steps.length ? 'Unknown' : 'False', reason: 'emptyAddress', message: steps.length ? 'the first channel has no address yet' : 'a sequence needs at least one step' },
      ];
      writeStatus(store, GR.sequences, seq, {
        conditions: conditionsOf(seq.status?.conditions, set, READY_DEPENDENTS),
        channelStatuses: channels.map((c, i) => ({ channel: channelRef(sequenceChannelName(name, i), namespace), ready: readyOf(c) })),
        subscriptionStatuses: subs.map((s, i) => ({
          subscription: { apiVersion: 'messaging.knative.dev/v1', kind: 'Subscription', name: sequenceChannelName(name, i), namespace },
          ready: readyOf(s),
        })),
        ...(address ? { address: { name: 'http', url: address }, addresses: [{ name: 'http', url: address }] } : {}),
      });
    },
  });
}

/** Ready when every part is; otherwise the first part that is not lends its message. */
export function partsCondition(type: string, reason: string, parts: (KubeObject | undefined)[], errors: string[]): ConditionInput {
  if (errors.length) return { type, status: 'False', reason: 'NotOwned', message: errors[0] };
  const notReady = parts.map(readyOf).find((c) => c.status !== 'True');
  if (!notReady) return { type, status: 'True' };
  return { type, status: notReady.status === 'False' ? 'False' : 'Unknown', reason, message: notReady.message ?? `${type.replace('Ready', '')} are not ready yet` };
}
