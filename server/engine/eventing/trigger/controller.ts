import { startController, type Controller } from '../../controller/controller';
import type { Condition } from '../../controller/conditions';
import type { Store } from '../../store/store';
import { resolveDestination } from '../destination';
import { ADDRESSABLE_GRS, brokerOf, GR } from '../gr';
import { allInNamespace, conditionsOf, deadLetterSinkStatus, writeStatus, type ConditionInput } from '../status';

const READY_DEPENDENTS = ['BrokerReady', 'SubscriptionReady', 'DependencyReady', 'SubscriberResolved', 'DeadLetterSinkResolved', 'OIDCIdentityCreated'];

/**
 * Trigger status (`pkg/reconciler/broker/trigger`): the broker's readiness,
 * the subscriber resolved to status.subscriberUri (which is what the ingress
 * fans out to), the dead-letter sink of the effective delivery (the trigger's,
 * or else the broker's, as a whole).
 */
export function startTriggerController(store: Store): Controller {
  return startController({
    name: 'trigger',
    store,
    gr: GR.triggers,
    watches: [
      {
        gr: GR.brokers,
        map: (b) =>
          store
            .list(GR.triggers, b.metadata.namespace ?? '')
            .filter((t) => brokerOf(t) === b.metadata.name)
            .map((t) => ({ namespace: t.metadata.namespace ?? '', name: t.metadata.name })),
      },
      ...ADDRESSABLE_GRS.filter((g) => g !== GR.brokers).map((gr) => ({ gr, map: allInNamespace(store, GR.triggers) })),
    ],
    reconcile({ namespace, name }) {
      const t = store.get(GR.triggers, namespace, name);
      if (!t || t.metadata.deletionTimestamp) return;
      const brokerName = brokerOf(t);
      const broker = store.get(GR.brokers, namespace, brokerName);
      const set: ConditionInput[] = [
        brokerCondition(brokerName, broker?.status?.conditions, Boolean(broker)),
        { type: 'DependencyReady', status: 'True' },
        { type: 'OIDCIdentityCreated', status: 'True', reason: 'authentication-oidc feature disabled' },
      ];
      const sub = resolveDestination(store, namespace, t.spec?.subscriber);
      if ('error' in sub) {
        set.push({ type: 'SubscriberResolved', status: 'False', reason: "Unable to get the Subscriber's URI", message: sub.error });
      } else {
        set.push({ type: 'SubscriberResolved', status: 'True' });
      }
      set.push(
        broker && 'uri' in sub
          ? { type: 'SubscriptionReady', status: 'True' }
          : { type: 'SubscriptionReady', status: 'Unknown', reason: 'SubscriptionNotConfigured', message: 'Subscription has not yet been reconciled.' },
      );
      const delivery = t.spec?.delivery ?? broker?.spec?.delivery;
      const dls = deadLetterSinkStatus(store, namespace, delivery?.deadLetterSink);
      set.push(dls.condition);
      writeStatus(store, GR.triggers, t, {
        conditions: conditionsOf(t.status?.conditions, set, READY_DEPENDENTS),
        ...('uri' in sub ? { subscriberUri: sub.uri } : {}),
        ...(dls.uri ? { deadLetterSinkUri: dls.uri } : {}),
      });
      // Targets that are not there yet (a ksvc being created) are found by the watches; this is the safety net.
      return 'error' in sub || dls.condition.status === 'False' ? { requeueAfterMs: 5000 } : undefined;
    },
  });
}

function brokerCondition(name: string, brokerConditions: Condition[] | undefined, exists: boolean): ConditionInput {
  if (!exists) return { type: 'BrokerReady', status: 'False', reason: 'BrokerDoesNotExist', message: `Broker "${name}" does not exist` };
  const ready = brokerConditions?.find((c) => c.type === 'Ready');
  if (ready?.status === 'True') return { type: 'BrokerReady', status: 'True' };
  return {
    type: 'BrokerReady',
    status: ready?.status === 'False' ? 'False' : 'Unknown',
    reason: ready?.reason ?? 'BrokerNotReady',
    message: ready?.message ?? `Broker "${name}" is not ready yet`,
  };
}
