import { ownerRef } from '../../../controller/children';
import type { KubeObject } from '../../../resources/types';
import { BINDING_ENV_NAMES, withoutBinding, type EnvVar } from '../sinkbinding/inject';

export const CONTAINER_SOURCE_LABEL = 'sources.knative.dev/containerSource';

export const deploymentName = (source: string) => `${source}-deployment`;
export const sinkBindingName = (source: string) => `${source}-sinkbinding`;

/** The receive adapter (pkg/reconciler/containersource/resources/deployment.go): the template as a one-replica Deployment. */
export function makeDeployment(source: KubeObject): KubeObject {
  const template = structuredClone(source.spec?.template ?? {});
  template.metadata ??= {};
  template.metadata.labels = { ...template.metadata.labels, [CONTAINER_SOURCE_LABEL]: source.metadata.name };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name: deploymentName(source.metadata.name),
      namespace: source.metadata.namespace,
      labels: template.metadata.labels,
      ownerReferences: [ownerRef(source)],
    },
    spec: {
      replicas: 1,
      selector: { matchLabels: { [CONTAINER_SOURCE_LABEL]: source.metadata.name } },
      template,
    },
  };
}

/** The SinkBinding that gives the Deployment its K_SINK (resources/sinkbinding.go). */
export function makeSinkBinding(source: KubeObject): KubeObject {
  return {
    apiVersion: 'sources.knative.dev/v1',
    kind: 'SinkBinding',
    metadata: {
      name: sinkBindingName(source.metadata.name),
      namespace: source.metadata.namespace,
      labels: { [CONTAINER_SOURCE_LABEL]: source.metadata.name },
      ownerReferences: [ownerRef(source)],
    },
    spec: {
      subject: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: source.metadata.namespace, name: deploymentName(source.metadata.name) },
      sink: source.spec?.sink,
      ...(source.spec?.ceOverrides ? { ceOverrides: source.spec.ceOverrides } : {}),
    },
  };
}

/**
 * The existing Deployment's spec brought to the desired one, but keeping the
 * variables the SinkBinding injected, so the two controllers do not take turns
 * rewriting the template (each rewrite would roll the pod). Undefined when
 * nothing but those variables differs.
 */
export function reconcileDeploymentSpec(desired: KubeObject, existing: KubeObject): KubeObject['spec'] | undefined {
  const same =
    JSON.stringify(withoutBinding(existing).spec) === JSON.stringify(withoutBinding(desired).spec) &&
    JSON.stringify(existing.metadata.labels) === JSON.stringify(desired.metadata.labels);
  if (same) {
    return undefined;
  }
  const spec = structuredClone(desired.spec);
  const injected = new Map<string, EnvVar[]>();
  for (const c of existing.spec?.template?.spec?.containers ?? []) {
    injected.set(c.name, (c.env ?? []).filter((e: EnvVar) => BINDING_ENV_NAMES.includes(e.name)));
  }
  for (const c of spec.template?.spec?.containers ?? []) {
    const extra = injected.get(c.name) ?? [];
    if (extra.length) c.env = [...(c.env ?? []), ...extra];
  }
  return spec;
}
