import type { KubeObject } from '../../../resources/types';
import { matchesSelector, type LabelSelectorSpec } from '../label-selector';

/** What the binding injects; Knative's Undo removes K_SINK, K_CE_OVERRIDES and K_CA_CERTS, and the engine adds K_INGRESS. */
export const BINDING_ENV_NAMES = ['K_SINK', 'K_CE_OVERRIDES', 'K_CA_CERTS', 'K_INGRESS'];

/** Knative's exclusion selection mode: objects carrying this label are never bound. */
export const EXCLUDE_LABEL = 'bindings.knative.dev/exclude';

export interface Subject {
  apiVersion: string;
  kind: string;
  namespace?: string;
  name?: string;
  selector?: LabelSelectorSpec;
}

export interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: unknown;
}

interface Container {
  name?: string;
  env?: EnvVar[];
  [k: string]: unknown;
}

/** Does `obj` fall under the binding's subject (kind, then name or selector, minus excluded objects)? */
export function subjectMatches(subject: Subject, obj: KubeObject): boolean {
  if (obj.apiVersion !== subject.apiVersion || obj.kind !== subject.kind) return false;
  if (obj.metadata.labels?.[EXCLUDE_LABEL] === 'true') return false;
  if (subject.name) return obj.metadata.name === subject.name;
  return !!subject.selector && matchesSelector(subject.selector, obj.metadata.labels);
}

/** The pod spec a subject runs: `spec.template.spec` for Deployments and Knative Services (duck WithPod). */
const podSpecOf = (obj: KubeObject): { containers?: Container[]; initContainers?: Container[] } | undefined =>
  obj.spec?.template?.spec;

function mapContainers(obj: KubeObject, f: (env: EnvVar[]) => EnvVar[]): KubeObject {
  const next = structuredClone(obj);
  const pod = podSpecOf(next);
  if (!pod) return next;
  for (const list of [pod.initContainers, pod.containers]) {
    for (const c of list ?? []) {
      const env = f((c.env ?? []).filter((e) => !BINDING_ENV_NAMES.includes(e.name)));
      if (env.length) c.env = env;
      else delete c.env;
    }
  }
  return next;
}

/** SinkBinding.Do: undo, then append the binding's variables to every container and init container. */
export function withBinding(obj: KubeObject, vars: { K_SINK: string; K_CE_OVERRIDES: string; K_INGRESS?: string }): KubeObject {
  const extra: EnvVar[] = [
    { name: 'K_SINK', value: vars.K_SINK },
    { name: 'K_CE_OVERRIDES', value: vars.K_CE_OVERRIDES },
    ...(vars.K_INGRESS ? [{ name: 'K_INGRESS', value: vars.K_INGRESS }] : []),
  ];
  return mapContainers(obj, (env) => [...env, ...extra]);
}

/** SinkBinding.Undo: the subject's containers without the binding's variables. */
export const withoutBinding = (obj: KubeObject): KubeObject => mapContainers(obj, (env) => env);

/** K_CE_OVERRIDES: the JSON of spec.ceOverrides (`{"extensions":{...}}`), or '' without overrides. */
export const ceOverridesEnv = (ceOverrides: unknown) => (ceOverrides ? JSON.stringify(ceOverrides) : '');
