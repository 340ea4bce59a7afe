import type { KubeStatus } from '../resources/types';

/** Errors keyed by a form field's path (`name`, `scaling.min`, `env.0.name`, `sink.uri`). */
export type FieldErrors = Record<string, string>;

type Cause = { field?: string; message: string; reason?: string };

/** zod issues → the first message per field path. */
export function issuesToFieldErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
  const out: FieldErrors = {};
  for (const i of issues) {
    const key = i.path.map(String).join('.');
    out[key] ??= i.message;
  }
  return out;
}

/**
 * An API server's Status for a create, re-addressed to the form: each cause's field
 * (e.g. `spec.template.spec.containerConcurrency`) becomes the form field it names
 * (through `fieldOf`), and AlreadyExists becomes an error on the name. Causes that name
 * no form field keep their API path, so the form still shows them (in its summary).
 */
export function formCauses(status: KubeStatus, fieldOf: (apiField: string) => string | undefined): Cause[] {
  if (status.reason === 'AlreadyExists') {
    return [{ field: 'name', message: status.message || 'already exists', reason: 'FieldValueDuplicate' }];
  }
  return (status.details?.causes ?? []).map((c) => {
    const apiFields = (c.field ?? '').split(/,\s*/);
    const field = apiFields.map((f) => fieldOf(f)).find(Boolean);
    const message = field && c.field ? `${c.message} (${c.field})` : c.message;
    return { ...c, field: field ?? c.field, message };
  });
}

/** The field errors a failed submit shows: causes by field; the rest go to the form's summary. */
export function statusToFieldErrors(status: KubeStatus): FieldErrors {
  return issuesToFieldErrors((status.details?.causes ?? []).map((c) => ({ path: c.field ? [c.field] : [], message: c.message })));
}

/** Errors on fields the form doesn't show: listed in its summary Alert so none is lost. */
export function unplacedErrors(errors: FieldErrors, shown: (key: string) => boolean): string[] {
  return Object.entries(errors)
    .filter(([key]) => !shown(key))
    .map(([key, message]) => (key ? `${key}: ${message}` : message));
}
