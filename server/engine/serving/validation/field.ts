import type { StatusCause } from '../../errors';

/**
 * Causes with Knative's apis.FieldError texts; paths are relative until
 * `via` prefixes them (ViaField / ViaIndex), as Knative composes them.
 */
export type Causes = StatusCause[];

export const via = (causes: Causes, prefix: string): Causes =>
  causes.map((c) => ({ ...c, field: join(prefix, c.field) }));

function join(prefix: string, field: string | undefined) {
  if (!field) return prefix;
  if (!prefix) return field;
  return field.startsWith('[') ? prefix + field : `${prefix}.${field}`;
}

export const invalidValue = (value: unknown, field: string, detail?: string): StatusCause => ({
  field,
  reason: 'FieldValueInvalid',
  message: `invalid value: ${String(value)}${detail ? `: ${detail}` : ''}`,
});

export const outOfBounds = (value: number, lower: number, upper: number, field: string): StatusCause => ({
  field,
  reason: 'FieldValueInvalid',
  message: `expected ${lower} <= ${value} <= ${upper}`,
});

export const missingField = (field: string): StatusCause => ({ field, reason: 'FieldValueRequired', message: 'missing field(s)' });

export const disallowedField = (field: string): StatusCause => ({
  field,
  reason: 'FieldValueForbidden',
  message: 'must not set the field(s)',
});

export const generic = (message: string, field: string): StatusCause => ({ field, reason: 'FieldValueInvalid', message });
