import { startController, type ObjectKey } from '../../../controller/controller';
import type { KubeObject } from '../../../resources/types';
import type { Store } from '../../../store/store';
import { conditionsOf, writeStatus, type ConditionInput } from '../../status';
import { SOURCES_GR } from '../gr';
import { OIDC_IDENTITY_DISABLED, sinkStatus, sinkWatches } from '../sink';
import { ceOverridesEnv, subjectMatches, withBinding, withoutBinding, type Subject } from './inject';

const GR = SOURCES_GR.sinkbindings;
const DEPENDENTS = ['SinkProvided', 'BindingAvailable', 'OIDCIdentityCreated'];

/** The kinds with a pod template the engine can bind: apiVersion/kind → storage key. */
const BINDABLE: Record<string, string> = {
  'apps/v1/Deployment': SOURCES_GR.deployments,
  'serving.knative.dev/v1/Service': SOURCES_GR.ksvcs,
};
interface SubjectRef {
  gr: string;
  namespace: string;
  name: string;
}

const bindableGr = (s: Subject | undefined) => (s ? BINDABLE[`${s.apiVersion}/${s.kind}`] : undefined);

/**
 * SinkBindings: resolve the sink and write K_SINK / K_CE_OVERRIDES into the
 * pod templates of the subjects (by name or selector); the runtime rolls the
 * pods of a changed template. A subject that stops matching, or a deleted
 * binding, gets its template back without them.
 */
export function startSinkBindings(store: Store, ingressPort: number) {
  /** Per binding: the subjects it last injected (by subject key), so it can undo them later. */
  const applied = new Map<string, Map<string, SubjectRef>>();

  const bindingsFor = (obj: KubeObject): ObjectKey[] =>
    store
      .list(GR, obj.metadata.namespace ?? '')
      .filter((b) => subjectMatches(b.spec?.subject ?? {}, obj) || applied.get(`${b.metadata.namespace}/${b.metadata.name}`)?.has(subjectKey(obj)))
      .map((b) => ({ namespace: b.metadata.namespace ?? '', name: b.metadata.name }));

  const subjectKey = (obj: KubeObject) => `${obj.apiVersion}/${obj.kind}/${obj.metadata.namespace}/${obj.metadata.name}`;

  const update = (gr: string, next: KubeObject, current: KubeObject) => {
    if (JSON.stringify(next.spec) !== JSON.stringify(current.spec)) store.update(gr, next);
  };

  const undo = (key: string, keep: Map<string, SubjectRef>) => {
    for (const [sk, ref] of applied.get(key) ?? []) {
      if (keep.has(sk)) continue;
      const obj = store.get(ref.gr, ref.namespace, ref.name);
      if (obj) update(ref.gr, withoutBinding(obj), obj);
    }
  };

  const controller = startController({
    name: 'sinkbinding',
    store,
    gr: GR,
    watches: [
      ...sinkWatches(store, GR),
      { gr: SOURCES_GR.deployments, map: bindingsFor },
      { gr: SOURCES_GR.ksvcs, map: bindingsFor },
    ],
    reconcile({ namespace, name }) {
      const key = `${namespace}/${name}`;
      const binding = store.get(GR, namespace, name);
      if (!binding) {
        undo(key, new Map());
        applied.delete(key);
        return;
      }
      const subject: Subject | undefined = binding.spec?.subject;
      const sink = sinkStatus(store, namespace, binding.spec?.sink);
      const gr = bindableGr(subject);
      const bound = new Map<string, SubjectRef>();
      let available: ConditionInput;
      if (!gr || !subject) {
        available = {
          type: 'BindingAvailable',
          status: 'False',
          reason: 'SubjectUnsupported',
          message: `The engine binds Deployments (apps/v1) and Knative Services (serving.knative.dev/v1), not ${subject?.kind}.${subject?.apiVersion}.`,
        };
      } else if (!sink.uri) {
        available = { type: 'BindingAvailable', status: 'Unknown', reason: 'SinkNotResolved', message: 'Subjects are bound once the sink resolves.' };
        // Keep what was injected: the old sink stays in place until a new one resolves, as in Knative.
        for (const [sk, ref] of applied.get(key) ?? []) bound.set(sk, ref);
      } else {
        const vars = { K_SINK: sink.uri, K_CE_OVERRIDES: ceOverridesEnv(binding.spec?.ceOverrides), K_INGRESS: `127.0.0.1:${ingressPort}` };
        for (const obj of store.list(gr, subject.namespace || namespace)) {
          if (!subjectMatches(subject, obj)) continue;
          update(gr, withBinding(obj, vars), obj);
          bound.set(subjectKey(obj), { gr, namespace: obj.metadata.namespace ?? '', name: obj.metadata.name });
        }
        available =
          bound.size > 0 || !subject.name
            ? { type: 'BindingAvailable', status: 'True' }
            : { type: 'BindingAvailable', status: 'False', reason: 'SubjectMissing', message: `${subject.kind} "${subject.name}" not found in namespace ${subject.namespace || namespace}.` };
      }
      undo(key, bound);
      applied.set(key, bound);
      const status: Record<string, unknown> = {
        conditions: conditionsOf(binding.status?.conditions, [sink.condition, available, OIDC_IDENTITY_DISABLED], DEPENDENTS),
      };
      if (sink.uri) status.sinkUri = sink.uri;
      writeStatus(store, GR, binding, status);
    },
  });

  return { stop: () => controller.stop() };
}
