import { z } from 'zod';

/** The "new trigger" dialog's input, shared by the dialog (inline errors) and the object builder. */
export const filterOps = ['exact', 'prefix', 'suffix'] as const;
export type FilterOp = (typeof filterOps)[number];

export const filterRowSchema = z.object({
  // Knative's filter.attributes keys and CloudEvents attribute names: lower-case letters and digits.
  attribute: z.string().regex(/^[a-z][a-z0-9]*$/, 'Use lower-case letters and digits, starting with a letter (e.g. type, source)'),
  op: z.enum(filterOps),
  value: z.string().min(1, 'Enter a value to match'),
});

export const triggerFormSchema = z.object({
  name: z
    .string()
    .min(1, 'Enter a name')
    .max(63, 'At most 63 characters')
    .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'Lower-case letters, digits and "-", starting and ending with a letter or digit'),
  filters: z.array(filterRowSchema).refine((rows) => new Set(rows.map((r) => `${r.op}:${r.attribute}`)).size === rows.length, 'Each attribute may appear once per match type'),
});

export type FilterRow = z.infer<typeof filterRowSchema>;
export type TriggerForm = z.infer<typeof triggerFormSchema>;

/**
 * The Trigger spec's filter part: only exact matches → classic `filter.attributes`
 * (understood by every Knative version and by `kn`); any prefix/suffix → `filters[]`
 * (the CloudEvents Subscriptions API dialects), one dialect object per match type.
 */
export function triggerFilterSpec(rows: FilterRow[]): { filter?: { attributes: Record<string, string> }; filters?: Record<string, Record<string, string>>[] } {
  if (rows.length === 0) return {};
  if (rows.every((r) => r.op === 'exact')) return { filter: { attributes: Object.fromEntries(rows.map((r) => [r.attribute, r.value])) } };
  const filters: Record<string, Record<string, string>>[] = [];
  for (const op of filterOps) {
    const of = rows.filter((r) => r.op === op);
    if (of.length > 0) filters.push({ [op]: Object.fromEntries(of.map((r) => [r.attribute, r.value])) });
  }
  return { filters };
}
