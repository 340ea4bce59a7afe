import { startController, type Controller } from '../../controller/controller';
import type { Store } from '../../store/store';
import { ADDRESSABLE_GRS, GR } from '../gr';
import { allInNamespace, conditionsOf, deadLetterSinkStatus, OIDC_DISABLED, writeStatus } from '../status';
import { brokerAddress } from './ingress';

const READY_DEPENDENTS = ['IngressReady', 'TriggerChannelReady', 'FilterReady', 'Addressable', 'DeadLetterSinkResolved', 'EventPoliciesReady'];

/**
 * Broker status as the MT channel-based broker reports it. Ingress, the
 * "trigger channel" (the durable queue) and filter are in this process and
 * ready as soon as the engine is; what can fail is the dead-letter sink.
 */
export function startBrokerController(store: Store, ingressPort: number): Controller {
  return startController({
    name: 'broker',
    store,
    gr: GR.brokers,
    watches: ADDRESSABLE_GRS.filter((g) => g !== GR.brokers).map((gr) => ({ gr, map: allInNamespace(store, GR.brokers) })),
    reconcile({ namespace, name }) {
      const b = store.get(GR.brokers, namespace, name);
      if (!b || b.metadata.deletionTimestamp) return;
      const url = brokerAddress(ingressPort, namespace, name);
      const dls = deadLetterSinkStatus(store, namespace, b.spec?.delivery?.deadLetterSink);
      const conditions = conditionsOf(
        b.status?.conditions,
        [
          { type: 'IngressReady', status: 'True' },
          { type: 'TriggerChannelReady', status: 'True' },
          { type: 'FilterReady', status: 'True' },
          { type: 'Addressable', status: 'True' },
          dls.condition,
          OIDC_DISABLED,
        ],
        READY_DEPENDENTS,
      );
      writeStatus(store, GR.brokers, b, {
        conditions,
        address: { name: 'http', url },
        addresses: [{ name: 'http', url }],
        ...(dls.uri ? { deadLetterSinkUri: dls.uri } : {}),
      });
      return dls.condition.status === 'False' ? { requeueAfterMs: 5000 } : undefined;
    },
  });
}
