import { z } from 'zod';
import { ceOverridesOf, ceOverridesSchema, k8sName, parseMatchLabels, selectorString } from './common';
import { destinationOf, sinkSchema, sinkSubfield } from './sink';

/** The SinkBinding form (`kn source binding create NAME --subject Kind:apiVersion:name|selector --sink …`). */
export const sinkBindingSchema = z
  .object({
    namespace: k8sName,
    name: k8sName,
    subject: z.object({
      apiVersion: z.string().trim().min(1, 'Required: e.g. apps/v1'),
      kind: z.string().trim().min(1, 'Required: e.g. Deployment'),
      by: z.enum(['name', 'selector']).default('name'),
      name: z.string().trim().default(''),
      selector: z.string().default(''),
    }),
    sink: sinkSchema,
    ceOverrides: ceOverridesSchema.default({}),
  })
  .superRefine((v, ctx) => {
    const s = v.subject;
    if (s.by === 'name' && !k8sName.safeParse(s.name).success) {
      ctx.addIssue({ code: 'custom', path: ['subject', 'name'], message: s.name ? k8sName.safeParse(s.name).error!.issues[0].message : 'Required: the name of the object to bind' });
    }
    if (s.by === 'selector') {
      const r = selectorString.safeParse(s.selector);
      if (!r.success) ctx.addIssue({ code: 'custom', path: ['subject', 'selector'], message: r.error.issues[0].message });
    }
  });

export type SinkBindingInput = z.input<typeof sinkBindingSchema>;
export type SinkBindingForm = z.output<typeof sinkBindingSchema>;

export function sinkBindingFrom(v: SinkBindingForm) {
  const s = v.subject;
  const selector = s.by === 'selector' ? parseMatchLabels(s.selector) : undefined;
  return {
    apiVersion: 'sources.knative.dev/v1',
    kind: 'SinkBinding',
    metadata: { name: v.name, namespace: v.namespace },
    spec: {
      subject: {
        apiVersion: s.apiVersion,
        kind: s.kind,
        namespace: v.namespace,
        ...(s.by === 'name' ? { name: s.name } : selector && 'matchLabels' in selector ? { selector } : {}),
      },
      sink: destinationOf(v.sink),
      ...ceOverridesOf(v.ceOverrides),
    },
  };
}

export function sinkBindingFieldOf(apiField: string): string | undefined {
  if (apiField === 'metadata.name') return 'name';
  if (apiField.startsWith('spec.sink')) return `sink.${sinkSubfield(apiField) ?? 'name'}`;
  const m = /^spec\.subject\.(apiVersion|kind|name|selector)/.exec(apiField);
  if (m) return `subject.${m[1]}`;
  if (apiField.startsWith('spec.subject')) return 'subject.name';
  if (apiField.startsWith('spec.ceOverrides')) return 'ceOverrides';
  return undefined;
}
