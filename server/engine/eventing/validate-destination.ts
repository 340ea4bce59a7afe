import type { StatusCause } from '../errors';
import type { Destination } from './destination';

/**
 * Knative's duckv1.Destination.Validate: a ref (apiVersion, kind, name) or an
 * absolute URI, or a ref plus a URI relative to it. `field` is the path of the
 * destination itself (e.g. `spec.subscriber`).
 */
export function validateDestination(dest: Destination | undefined, field: string): StatusCause[] {
  if (!dest || (!dest.ref && !dest.uri)) {
    return [{ field, message: 'expected at least one, got none: ref, uri', reason: 'FieldValueRequired' }];
  }
  const causes: StatusCause[] = [];
  if (dest.ref) {
    for (const key of ['apiVersion', 'kind', 'name'] as const) {
      if (!dest.ref[key]) causes.push({ field: `${field}.ref.${key}`, message: 'missing field(s)', reason: 'FieldValueRequired' });
    }
  }
  if (dest.uri !== undefined) {
    const absolute = isAbsoluteUri(dest.uri);
    if (dest.ref && absolute) {
      causes.push({ field: `${field}.uri`, message: `Absolute URI is not allowed when Ref or [apiVersion, kind, name] is present: ${dest.uri}` });
    } else if (!dest.ref && !absolute) {
      causes.push({ field: `${field}.uri`, message: `invalid value: Relative URI is not allowed when Ref and CACerts is absent: ${dest.uri}` });
    }
  }
  return causes;
}

function isAbsoluteUri(uri: string): boolean {
  try {
    const u = new URL(uri);
    return Boolean(u.protocol && u.host);
  } catch {
    return false;
  }
}
