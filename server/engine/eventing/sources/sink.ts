import type { Store } from '../../store/store';
import { resolveDestination, type Destination } from '../destination';
import { ADDRESSABLE_GRS } from '../gr';
import { allInNamespace, type ConditionInput } from '../status';

/** Resolves `spec.sink` into status.sinkUri and the SinkProvided condition (MarkSink / MarkNoSink). */
export function sinkStatus(store: Store, namespace: string, sink: Destination | undefined): { uri?: string; condition: ConditionInput } {
  const r = resolveDestination(store, namespace, sink);
  if ('error' in r) return { condition: { type: 'SinkProvided', status: 'False', reason: r.reason, message: r.error } };
  return { uri: r.uri, condition: { type: 'SinkProvided', status: 'True' } };
}

/** OIDC is off in this engine, reported as Knative's sources do when the feature is disabled. */
export const OIDC_IDENTITY_DISABLED: ConditionInput = {
  type: 'OIDCIdentityCreated',
  status: 'True',
  reason: 'authentication-oidc feature disabled',
};

/** Re-resolve a kind's sources in a namespace when anything addressable there changes (its address may be the sink). */
export const sinkWatches = (store: Store, gr: string) => ADDRESSABLE_GRS.map((g) => ({ gr: g, map: allInNamespace(store, gr) }));
