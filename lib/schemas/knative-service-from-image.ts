import type { DeployImage } from './deploy-image';

const AUTOSCALING = 'autoscaling.knative.dev/';
export const PART_OF = 'app.kubernetes.io/part-of';

/**
 * The Knative Service that `kn service create NAME --image IMG …` would create
 * for the same options: --env/--env-from, --port, --concurrency-limit, --timeout,
 * --scale-*, --request/--limit, --label and --annotation (service and revision),
 * --tag on the latest revision.
 */
export function knativeServiceFromImage(input: DeployImage) {
  const scaling = input.scaling;
  const autoscaling: Record<string, string | undefined> = {
    [`${AUTOSCALING}min-scale`]: scaling.min?.toString(),
    [`${AUTOSCALING}max-scale`]: scaling.max?.toString(),
    [`${AUTOSCALING}initial-scale`]: scaling.initial?.toString(),
    [`${AUTOSCALING}activation-scale`]: scaling.activation?.toString(),
    [`${AUTOSCALING}target`]: scaling.target?.toString(),
    [`${AUTOSCALING}target-utilization-percentage`]: scaling.utilization?.toString(),
    [`${AUTOSCALING}window`]: scaling.window,
    [`${AUTOSCALING}metric`]: scaling.metric,
    [`${AUTOSCALING}scale-down-delay`]: scaling.scaleDownDelay,
  };
  const labels = { ...input.labels, ...(input.application ? { [PART_OF]: input.application } : {}) };
  const env = input.env.map((e) => {
    if (e.source === 'value') return { name: e.name, value: e.value };
    if (e.source === 'configMap') return { name: e.name, valueFrom: { configMapKeyRef: { name: e.configMap, key: e.key } } };
    return { name: e.name, valueFrom: { secretKeyRef: { name: e.secret, key: e.key } } };
  });
  const resources = {
    ...(hasAny(input.resources.requests) ? { requests: compact(input.resources.requests) } : {}),
    ...(hasAny(input.resources.limits) ? { limits: compact(input.resources.limits) } : {}),
  };
  return {
    apiVersion: 'serving.knative.dev/v1',
    kind: 'Service',
    metadata: {
      name: input.name,
      namespace: input.namespace,
      ...(Object.keys(labels).length ? { labels } : {}),
      ...(Object.keys(input.annotations).length ? { annotations: input.annotations } : {}),
    },
    spec: {
      template: {
        metadata: {
          ...(Object.keys(labels).length ? { labels } : {}),
          annotations: compact({ ...input.annotations, ...autoscaling }),
        },
        spec: {
          ...(input.containerConcurrency !== undefined ? { containerConcurrency: input.containerConcurrency } : {}),
          ...(input.timeoutSeconds !== undefined ? { timeoutSeconds: input.timeoutSeconds } : {}),
          containers: [
            {
              image: input.image.trim(),
              ...(env.length ? { env } : {}),
              ...(input.port ? { ports: [{ containerPort: input.port }] } : {}),
              ...(Object.keys(resources).length ? { resources } : {}),
            },
          ],
        },
      },
      ...(input.tag ? { traffic: [{ latestRevision: true, percent: 100, tag: input.tag }] } : {}),
    },
  };
}

/**
 * Which form field an API error names: the engine (or a cluster's webhook)
 * answers with causes such as `spec.template.spec.containerConcurrency`.
 */
export function deployImageFieldOf(apiField: string): string | undefined {
  const rules: [RegExp, string][] = [
    [/^metadata\.name$/, 'name'],
    [/containers\[\d+\]\.image$/, 'image'],
    [/containers\[\d+\]\.env/, 'env'],
    [/containers\[\d+\]\.ports/, 'port'],
    [/containers\[\d+\]\.resources/, 'resources'],
    [/containerConcurrency$/, 'containerConcurrency'],
    [/timeoutSeconds$/, 'timeoutSeconds'],
    [/autoscaling\.knative\.dev\//, 'scaling'],
    [/^spec\.traffic/, 'tag'],
    [/labels/, 'labels'],
    [/annotations/, 'annotations'],
  ];
  return rules.find(([re]) => re.test(apiField))?.[1];
}

const compact = <T extends Record<string, string | undefined>>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as Record<string, string>;
const hasAny = (o: Record<string, string | undefined>) => Object.values(o).some((v) => v);
