import { startController, type Controller } from '../../controller/controller';
import type { Store } from '../../store/store';
import { ADDRESSABLE_GRS, GR } from '../gr';
import { allInNamespace, conditionsOf, deadLetterSinkStatus, OIDC_DISABLED, readyOf, writeStatus } from '../status';
import { channelAddress } from './ingress';

const READY_DEPENDENTS = ['BackingChannelReady', 'Addressable', 'DeadLetterSinkResolved', 'EventPoliciesReady'];

/** Channel status: its cluster-local address (served by ChannelIngress) and the subscribers it dispatches to. */
export function startChannelController(store: Store): Controller {
  return startController({
    name: 'channel',
    store,
    gr: GR.channels,
    watches: [
      {
        gr: GR.subscriptions,
        map: (s) => (s.spec?.channel?.name ? [{ namespace: s.metadata.namespace ?? '', name: s.spec.channel.name }] : []),
      },
      ...ADDRESSABLE_GRS.filter((g) => g !== GR.channels).map((gr) => ({ gr, map: allInNamespace(store, GR.channels) })),
    ],
    reconcile({ namespace, name }) {
      const c = store.get(GR.channels, namespace, name);
      if (!c || c.metadata.deletionTimestamp) return;
      const url = channelAddress(namespace, name);
      const dls = deadLetterSinkStatus(store, namespace, c.spec?.delivery?.deadLetterSink);
      const subscribers = store
        .list(GR.subscriptions, namespace)
        .filter((s) => s.spec?.channel?.name === name)
        .map((s) => {
          const ready = readyOf(s);
          return {
            uid: s.metadata.uid,
            generation: s.metadata.generation,
            ready: ready.status,
            ...(ready.message ? { message: ready.message } : {}),
            ...(s.status?.physicalSubscription?.subscriberUri ? { subscriberUri: s.status.physicalSubscription.subscriberUri } : {}),
            ...(s.status?.physicalSubscription?.replyUri ? { replyUri: s.status.physicalSubscription.replyUri } : {}),
          };
        });
      writeStatus(store, GR.channels, c, {
        conditions: conditionsOf(
          c.status?.conditions,
          [{ type: 'BackingChannelReady', status: 'True' }, { type: 'Addressable', status: 'True' }, dls.condition, OIDC_DISABLED],
          READY_DEPENDENTS,
        ),
        address: { name: 'http', url },
        addresses: [{ name: 'http', url }],
        subscribers,
        ...(dls.uri ? { deadLetterSinkUri: dls.uri } : {}),
      });
      return dls.condition.status === 'False' ? { requeueAfterMs: 5000 } : undefined;
    },
  });
}
