import { z } from 'zod';
import { parseImageReference } from '../validation/image-reference';
import { ceOverridesOf, ceOverridesSchema, k8sName } from './common';
import { envVarSchema } from './deploy-image';
import { destinationOf, sinkSchema, sinkSubfield } from './sink';

/** The ContainerSource form (`kn source container create NAME --image … --arg … --env … --sink …`). */
export const containerSourceSchema = z.object({
  namespace: k8sName,
  name: k8sName,
  image: z.string().superRefine((v, ctx) => {
    const parsed = parseImageReference(v);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.error });
  }),
  args: z.array(z.string()).default([]),
  env: z.array(envVarSchema).default([]),
  sink: sinkSchema,
  ceOverrides: ceOverridesSchema.default({}),
});

export type ContainerSourceInput = z.input<typeof containerSourceSchema>;
export type ContainerSourceForm = z.output<typeof containerSourceSchema>;

export function containerSourceFrom(v: ContainerSourceForm) {
  const env = v.env.map((e) => {
    if (e.source === 'value') return { name: e.name, value: e.value };
    if (e.source === 'configMap') return { name: e.name, valueFrom: { configMapKeyRef: { name: e.configMap, key: e.key } } };
    return { name: e.name, valueFrom: { secretKeyRef: { name: e.secret, key: e.key } } };
  });
  const args = v.args.filter((a) => a !== '');
  return {
    apiVersion: 'sources.knative.dev/v1',
    kind: 'ContainerSource',
    metadata: { name: v.name, namespace: v.namespace },
    spec: {
      template: {
        spec: {
          // Knative's defaulter names an unnamed container `<source>-<index>`; do it here so it's what the API stores.
          containers: [{ name: `${v.name}-0`, image: v.image.trim(), ...(args.length ? { args } : {}), ...(env.length ? { env } : {}) }],
        },
      },
      sink: destinationOf(v.sink),
      ...ceOverridesOf(v.ceOverrides),
    },
  };
}

export function containerSourceFieldOf(apiField: string): string | undefined {
  if (apiField === 'metadata.name') return 'name';
  if (apiField.startsWith('spec.sink')) return `sink.${sinkSubfield(apiField) ?? 'name'}`;
  if (/containers\[\d+\]\.image/.test(apiField)) return 'image';
  if (/containers\[\d+\]\.args/.test(apiField)) return 'args';
  if (/containers\[\d+\]\.env/.test(apiField)) return 'env';
  if (apiField.startsWith('spec.template')) return 'image';
  if (apiField.startsWith('spec.ceOverrides')) return 'ceOverrides';
  return undefined;
}
