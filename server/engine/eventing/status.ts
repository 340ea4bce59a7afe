import { setCondition, summarize, type Condition } from '../controller/conditions';
import type { KubeObject } from '../resources/types';
import type { Store } from '../store/store';
import { resolveDestination, type Destination } from './destination';

export type ConditionInput = Omit<Condition, 'lastTransitionTime'>;

/** Sets several conditions then Ready as their conjunction (Knative's ConditionSet), keeping transition times. */
export function conditionsOf(previous: Condition[] | undefined, set: ConditionInput[], dependents: string[]): Condition[] {
  let conds = previous ?? [];
  for (const c of set) conds = setCondition(conds, c);
  return summarize(conds, dependents);
}

/** Writes `.status` (a no-op when nothing changed). */
export function writeStatus(store: Store, gr: string, obj: KubeObject, status: Record<string, unknown>) {
  store.update(gr, { ...obj, status: { ...status, observedGeneration: obj.metadata.generation } }, { status: true });
}

/** `Feature "authentication-oidc" …`: OIDC is off here, as it is by default in Knative. */
export const OIDC_DISABLED: ConditionInput = {
  type: 'EventPoliciesReady',
  status: 'True',
  reason: 'OIDCDisabled',
  message: 'Feature "authentication-oidc" must be enabled to support Authorization',
};

/** Resolves an optional dead-letter sink into the condition Knative reports for it. */
export function deadLetterSinkStatus(store: Store, ns: string, dls: Destination | undefined): { uri?: string; condition: ConditionInput } {
  if (!dls) {
    return { condition: { type: 'DeadLetterSinkResolved', status: 'True', reason: 'DeadLetterSinkNotConfigured', message: 'No dead letter sink is configured.' } };
  }
  const r = resolveDestination(store, ns, dls);
  if ('error' in r) {
    return { condition: { type: 'DeadLetterSinkResolved', status: 'False', reason: 'Unable to get the dead letter sink\'s URI', message: r.error } };
  }
  return { uri: r.uri, condition: { type: 'DeadLetterSinkResolved', status: 'True' } };
}

/** Everything of kind `gr` in the object's namespace: for watches where any addressable may be referenced. */
export const allInNamespace = (store: Store, gr: string) => (obj: KubeObject) =>
  store.list(gr, obj.metadata.namespace ?? '').map((o) => ({ namespace: o.metadata.namespace ?? '', name: o.metadata.name }));

/** The ready condition of an object, as flows report their parts' readiness. */
export const readyOf = (obj: KubeObject | undefined): Condition =>
  obj?.status?.conditions?.find((c: Condition) => c.type === 'Ready') ?? { type: 'Ready', status: 'Unknown' };
