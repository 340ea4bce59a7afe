import { startController, toControllingOwner, type Controller } from '../../controller/controller';
import type { KubeObject } from '../../resources/types';
import type { Store } from '../../store/store';
import { GR } from '../gr';
import { conditionsOf, readyOf, writeStatus, type ConditionInput } from '../status';
import { channelRef, DEFAULT_CHANNEL_TEMPLATE, ensureOwned } from './owned';
import { pruneChildren } from '../../controller/children';
import { partsCondition } from './sequence-controller';

/** Names from `pkg/reconciler/parallel/resources`. */
export const parallelNames = {
  ingressChannel: (p: string) => `${p}-kn-parallel`,
  branchChannel: (p: string, i: number) => `${p}-kn-parallel-${i}`,
  filterSubscription: (p: string, i: number) => `${p}-kn-parallel-filter-${i}`,
  subscriberSubscription: (p: string, i: number) => `${p}-kn-parallel-${i}`,
};

const READY_DEPENDENTS = ['ChannelsReady', 'SubscriptionsReady', 'Addressable'];

interface Branch {
  filter?: unknown;
  subscriber: unknown;
  reply?: unknown;
  delivery?: unknown;
}

/**
 * Parallel: every branch gets every event from the ingress channel through a
 * "filter" subscription whose reply is the branch channel (no filter: the event
 * goes straight there); the branch subscriber reads the branch channel and
 * replies to branch.reply, or else spec.reply.
 */
export function startParallelController(store: Store): Controller {
  return startController({
    name: 'parallel',
    store,
    gr: GR.parallels,
    watches: [
      { gr: GR.channels, map: toControllingOwner('Parallel') },
      { gr: GR.subscriptions, map: toControllingOwner('Parallel') },
    ],
    reconcile({ namespace, name }) {
      const p = store.get(GR.parallels, namespace, name);
      if (!p || p.metadata.deletionTimestamp) return;
      const branches: Branch[] = p.spec?.branches ?? [];
      const template = p.spec?.channelTemplate ?? DEFAULT_CHANNEL_TEMPLATE;
      const labels = { 'flows.knative.dev/parallel': name };
      const errors: string[] = [];
      const take = (r: { obj: KubeObject } | { error: string }) => {
        if ('error' in r) errors.push(r.error);
        return 'obj' in r ? r.obj : undefined;
      };
      const channel = (n: string) =>
        take(ensureOwned(store, GR.channels, p, { apiVersion: 'messaging.knative.dev/v1', kind: 'Channel', name: n, labels, spec: { channelTemplate: template } }));
      const subscription = (n: string, spec: Record<string, unknown>) =>
        take(ensureOwned(store, GR.subscriptions, p, { apiVersion: 'messaging.knative.dev/v1', kind: 'Subscription', name: n, labels, spec }));
      const chanSpec = (n: string) => ({ apiVersion: 'messaging.knative.dev/v1', kind: 'Channel', name: n });

      const ingress = channel(parallelNames.ingressChannel(name));
      const branchChannels = branches.map((_, i) => channel(parallelNames.branchChannel(name, i)));
      const filterSubs = branches.map((b, i) =>
        subscription(parallelNames.filterSubscription(name, i), {
          channel: chanSpec(parallelNames.ingressChannel(name)),
          ...(b.filter ? { subscriber: b.filter } : {}),
          reply: { ref: channelRef(parallelNames.branchChannel(name, i), namespace) },
        }),
      );
      const subscriberSubs = branches.map((b, i) => {
        const reply = b.reply ?? p.spec?.reply;
        return subscription(parallelNames.subscriberSubscription(name, i), {
          channel: chanSpec(parallelNames.branchChannel(name, i)),
          subscriber: b.subscriber,
          ...(reply ? { reply } : {}),
          ...(b.delivery ? { delivery: b.delivery } : {}),
        });
      });
      pruneChildren(store, GR.channels, p, new Set([parallelNames.ingressChannel(name), ...branches.map((_, i) => parallelNames.branchChannel(name, i))]));
      pruneChildren(
        store,
        GR.subscriptions,
        p,
        new Set(branches.flatMap((_, i) => [parallelNames.filterSubscription(name, i), parallelNames.subscriberSubscription(name, i)])),
      );

      const address: string | undefined = ingress?.status?.address?.url;
      const set: ConditionInput[] = [
        partsCondition('ChannelsReady', 'ChannelsNotReady', [ingress, ...branchChannels], errors),
        partsCondition('SubscriptionsReady', 'SubscriptionsNotReady', [...filterSubs, ...subscriberSubs], errors),
        address ? { type: 'Addressable', status: 'True' } : { type: 'Addressable', status: 'Unknown', reason: 'emptyAddress', message: 'the ingress channel has no address yet' },
      ];
      const subStatus = (n: string, s: KubeObject | undefined) => ({
        subscription: { apiVersion: 'messaging.knative.dev/v1', kind: 'Subscription', name: n, namespace },
        ready: readyOf(s),
      });
      writeStatus(store, GR.parallels, p, {
        conditions: conditionsOf(p.status?.conditions, set, READY_DEPENDENTS),
        ingressChannelStatus: { channel: channelRef(parallelNames.ingressChannel(name), namespace), ready: readyOf(ingress) },
        branchStatuses: branches.map((_, i) => ({
          filterChannelStatus: { channel: channelRef(parallelNames.branchChannel(name, i), namespace), ready: readyOf(branchChannels[i]) },
          filterSubscriptionStatus: subStatus(parallelNames.filterSubscription(name, i), filterSubs[i]),
          subscriptionStatus: subStatus(parallelNames.subscriberSubscription(name, i), subscriberSubs[i]),
        })),
        ...(address ? { address: { name: 'http', url: address }, addresses: [{ name: 'http', url: address }] } : {}),
      });
    },
  });
}
