import { z } from 'zod';
import { ceOverridesOf, ceOverridesSchema, k8sName, parseMatchLabels, selectorString } from './common';
import { destinationOf, sinkSchema, sinkSubfield } from './sink';

const GROUP_VERSION = /^([a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?v[0-9]+((alpha|beta)[0-9]+)?$/;

/** One `--resource Kind:apiVersion[:selector]` row. */
export const apiServerResourceSchema = z.object({
  apiVersion: z.string().trim().regex(GROUP_VERSION, 'an API version such as v1 or serving.knative.dev/v1'),
  kind: z.string().trim().min(1, 'Required: a kind such as Event or Pod'),
  selector: z.union([z.literal(''), selectorString]).default(''),
});

/** The ApiServerSource form (`kn source apiserver create NAME --resource … --mode … --service-account … --sink …`). */
export const apiServerSourceSchema = z.object({
  namespace: k8sName,
  name: k8sName,
  resources: z.array(apiServerResourceSchema).min(1, 'Add at least one resource to watch'),
  mode: z.enum(['Reference', 'Resource']).default('Reference'),
  serviceAccountName: z.union([z.literal(''), k8sName]).default(''),
  sink: sinkSchema,
  ceOverrides: ceOverridesSchema.default({}),
});

export type ApiServerSourceInput = z.input<typeof apiServerSourceSchema>;
export type ApiServerSourceForm = z.output<typeof apiServerSourceSchema>;

export function apiServerSourceFrom(v: ApiServerSourceForm) {
  return {
    apiVersion: 'sources.knative.dev/v1',
    kind: 'ApiServerSource',
    metadata: { name: v.name, namespace: v.namespace },
    spec: {
      mode: v.mode,
      resources: v.resources.map((r) => {
        const selector = r.selector ? parseMatchLabels(r.selector) : undefined;
        return { apiVersion: r.apiVersion, kind: r.kind, ...(selector && 'matchLabels' in selector ? { selector } : {}) };
      }),
      ...(v.serviceAccountName ? { serviceAccountName: v.serviceAccountName } : {}),
      sink: destinationOf(v.sink),
      ...ceOverridesOf(v.ceOverrides),
    },
  };
}

export function apiServerSourceFieldOf(apiField: string): string | undefined {
  if (apiField === 'metadata.name') return 'name';
  if (apiField.startsWith('spec.sink')) return `sink.${sinkSubfield(apiField) ?? 'name'}`;
  const row = /^spec\.resources\[(\d+)\]\.(apiVersion|kind|selector)/.exec(apiField);
  if (row) return `resources.${row[1]}.${row[2]}`;
  const m = /^spec\.(resources|mode|serviceAccountName|ceOverrides)/.exec(apiField);
  return m?.[1];
}
