import type { StatusCause } from '../../errors';

export { validateDestination } from '../validate-destination';

/* Validation shared by the four sources: duck/v1 Destination and CloudEventOverrides, as Knative words it. */

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

const EXTENSION_NAME = /^[a-z0-9]+$/;

/** duckv1.CloudEventOverrides.Validate: extension names are CloudEvents attribute names. */
export function validateCeOverrides(overrides: unknown, field: string): StatusCause[] {
  if (overrides === undefined || overrides === null) return [];
  if (!isObject(overrides)) return [{ field, message: 'must be an object with extensions' }];
  const ext = overrides.extensions;
  if (ext === undefined || ext === null) return [];
  if (!isObject(ext)) return [{ field: `${field}.extensions`, message: 'must be a map of extension names to strings' }];
  const causes: StatusCause[] = [];
  for (const [k, v] of Object.entries(ext)) {
    if (!EXTENSION_NAME.test(k)) {
      causes.push({ field: `${field}.extensions[${k}]`, message: `invalid key name "${k}": extension names must be lowercase letters and digits` });
    }
    if (typeof v !== 'string') causes.push({ field: `${field}.extensions[${k}]`, message: 'must be a string' });
  }
  return causes;
}

export const ceOverrideExtensions = (spec: { ceOverrides?: { extensions?: Record<string, string> } } | undefined) =>
  spec?.ceOverrides?.extensions ?? {};
