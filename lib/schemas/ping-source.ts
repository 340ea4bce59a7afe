import { z } from 'zod';
import { nextRuns } from '../cron/next-runs';
import { ceOverridesOf, ceOverridesSchema, k8sName } from './common';
import { destinationOf, sinkSchema, sinkSubfield } from './sink';

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function decodeBase64(s: string): string {
  return new TextDecoder().decode(Uint8Array.from(atob(s), (c) => c.charCodeAt(0)));
}

/** The PingSource form (`kn source ping create NAME --schedule … --data … --encoding text|base64 --sink …`). */
export const pingSourceSchema = z
  .object({
    namespace: k8sName,
    name: k8sName,
    schedule: z.string().trim().min(1, 'Required: a cron schedule such as */2 * * * * (or 6 fields with seconds first)'),
    timezone: z.string().trim().default(''),
    encoding: z.enum(['text', 'base64']).default('text'),
    data: z.string().default(''),
    contentType: z.string().trim().default(''),
    sink: sinkSchema,
    ceOverrides: ceOverridesSchema.default({}),
  })
  .superRefine((v, ctx) => {
    if (v.schedule) {
      const runs = nextRuns(v.schedule, v.timezone || undefined, 1, new Date());
      if ('error' in runs) ctx.addIssue({ code: 'custom', path: [runs.field], message: runs.error });
    }
    if (!v.data) return;
    let text = v.data;
    if (v.encoding === 'base64') {
      if (!BASE64.test(v.data.trim())) {
        ctx.addIssue({ code: 'custom', path: ['data'], message: 'illegal base64 data: letters, digits, + and /, padded with = to a multiple of 4' });
        return;
      }
      text = decodeBase64(v.data.trim());
    }
    if (v.contentType === 'application/json') {
      try {
        JSON.parse(text);
      } catch (e) {
        ctx.addIssue({ code: 'custom', path: ['data'], message: `not valid JSON (content type is application/json): ${(e as Error).message}` });
      }
    }
  });

export type PingSourceInput = z.input<typeof pingSourceSchema>;
export type PingSourceForm = z.output<typeof pingSourceSchema>;

export function pingSourceFrom(v: PingSourceForm) {
  return {
    apiVersion: 'sources.knative.dev/v1',
    kind: 'PingSource',
    metadata: { name: v.name, namespace: v.namespace },
    spec: {
      schedule: v.schedule,
      ...(v.timezone ? { timezone: v.timezone } : {}),
      ...(v.contentType ? { contentType: v.contentType } : {}),
      ...(v.data ? (v.encoding === 'base64' ? { dataBase64: v.data.trim() } : { data: v.data }) : {}),
      sink: destinationOf(v.sink),
      ...ceOverridesOf(v.ceOverrides),
    },
  };
}

export function pingSourceFieldOf(apiField: string): string | undefined {
  if (apiField === 'metadata.name') return 'name';
  if (apiField.startsWith('spec.sink')) return `sink.${sinkSubfield(apiField) ?? 'name'}`;
  if (/^spec\.(data|dataBase64)/.test(apiField)) return 'data';
  const m = /^spec\.(schedule|timezone|contentType|ceOverrides)/.exec(apiField);
  return m?.[1];
}
