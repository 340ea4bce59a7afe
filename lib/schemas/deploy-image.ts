import { z } from 'zod';
import { parseImageReference } from '../validation/image-reference';
import { dns1035LabelError, dns1123LabelError } from '../validation/names';

/** The Deploy Image form's input: one schema for the form and the route handler. */
const label = (check: (v: string) => string | undefined) =>
  z.string().superRefine((v, ctx) => {
    const error = check(v);
    if (error) ctx.addIssue({ code: 'custom', message: error });
  });

const envName = z.string().regex(/^[-._a-zA-Z][-._a-zA-Z0-9]*$/, 'a valid environment variable name must consist of alphabetic characters, digits, \'_\', \'-\', or \'.\', and must not start with a digit');

export const envVarSchema = z.discriminatedUnion('source', [
  z.object({ source: z.literal('value'), name: envName, value: z.string() }),
  z.object({ source: z.literal('configMap'), name: envName, configMap: z.string().min(1, 'Pick a ConfigMap'), key: z.string().min(1, 'Pick a key') }),
  z.object({ source: z.literal('secret'), name: envName, secret: z.string().min(1, 'Pick a Secret'), key: z.string().min(1, 'Pick a key') }),
]);

/** Go-style durations in whole seconds as Knative's annotations take them: `60s`, `1m30s`, `1h`. */
const duration = z.string().regex(/^(?=\d)(\d+h)?(\d+m)?(\d+s)?$/, 'a duration such as 60s, 2m or 1h');
const quantity = z.string().regex(/^\d+(\.\d+)?(m|Ki|Mi|Gi|Ti|k|M|G|T)?$/, 'a quantity such as 100m, 0.5, 128Mi or 1Gi');
const count = z.number().int().min(0);

export const scalingSchema = z
  .object({
    min: count.optional(),
    max: count.optional(),
    initial: count.optional(),
    activation: z.number().int().min(2, 'activation-scale must be at least 2').optional(),
    target: z.number().min(0.01, 'target must be at least 0.01').optional(),
    utilization: z.number().min(1).max(100).optional(),
    window: duration.optional(),
    metric: z.enum(['concurrency', 'rps']).optional(),
    scaleDownDelay: duration.optional(),
  })
  .superRefine((s, ctx) => {
    if (s.min !== undefined && s.max !== undefined && s.max > 0 && s.min > s.max) {
      ctx.addIssue({ code: 'custom', path: ['min'], message: `min-scale=${s.min} is greater than max-scale=${s.max}` });
    }
  });

export const deployImageSchema = z.object({
  namespace: label(dns1123LabelError),
  name: label(dns1123LabelError),
  image: z.string().superRefine((v, ctx) => {
    const parsed = parseImageReference(v);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.error });
  }),
  application: z.string().max(63).optional(),
  env: z.array(envVarSchema).default([]),
  port: z.number().int().min(1).max(65535).optional(),
  containerConcurrency: z.number().int().min(0).max(1000).optional(),
  timeoutSeconds: z.number().int().min(1).max(600, 'expected 0 <= 601 <= 600').optional(),
  scaling: scalingSchema.default({}),
  resources: z
    .object({
      requests: z.object({ cpu: quantity.optional(), memory: quantity.optional() }).default({}),
      limits: z.object({ cpu: quantity.optional(), memory: quantity.optional() }).default({}),
    })
    .default({ requests: {}, limits: {} }),
  labels: z.record(z.string(), z.string()).default({}),
  annotations: z.record(z.string(), z.string()).default({}),
  tag: label(dns1035LabelError).optional(),
});

export type DeployImageInput = z.input<typeof deployImageSchema>;
export type DeployImage = z.output<typeof deployImageSchema>;
