import { CloudEvent, ValidationError } from 'cloudevents';

/**
 * A CloudEvent as the engine keeps and forwards it: every context attribute and
 * extension as its canonical string (what binary mode carries), data as bytes.
 * Keeping the bytes (not a parsed value) is what lets the broker forward an
 * event exactly as it arrived.
 */
export interface CloudEventRecord {
  attrs: Record<string, string>;
  data?: Buffer;
}

export const REQUIRED_ATTRIBUTES = ['specversion', 'id', 'source', 'type'] as const;

/** Attribute names as the CloudEvents spec allows them: lower-case letters and digits. */
export const ATTRIBUTE_NAME = /^[a-z0-9]+$/;

/**
 * Checks the attributes the way the SDKs do on receipt: the four required ones
 * present and non-empty, a known specversion, then the `cloudevents` SDK's JSON
 * schema for 1.0 (source is a URI-reference, time is RFC 3339, dataschema a URI,
 * subject non-empty, names lower-case alphanumeric). Returns the reason or undefined.
 */
export function validateAttributes(attrs: Record<string, string>): string | undefined {
  const missing = REQUIRED_ATTRIBUTES.filter((a) => !attrs[a]);
  if (missing.length) return `missing required attribute${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`;
  if (attrs.specversion !== '1.0' && attrs.specversion !== '0.3') {
    return `unsupported specversion "${attrs.specversion}" (expected "1.0")`;
  }
  const badName = Object.keys(attrs).find((k) => !ATTRIBUTE_NAME.test(k));
  if (badName) return `invalid attribute name "${badName}": names must be lower-case letters and digits`;
  if (attrs.specversion !== '1.0') return undefined;
  try {
    // Attributes only: the SDK would otherwise try to parse the data by content type.
    new CloudEvent({ ...attrs }, false).validate();
    return undefined;
  } catch (err) {
    if (err instanceof ValidationError) {
      const details = (err.errors ?? [])
        .map((e) => (typeof e === 'string' ? e : `${(e as { instancePath?: string }).instancePath?.slice(1) ?? ''} ${(e as { message?: string }).message ?? ''}`.trim()))
        .filter(Boolean);
      return details.length ? `invalid CloudEvent: ${details.join('; ')}` : `invalid CloudEvent: ${err.message}`;
    }
    return `invalid CloudEvent: ${(err as Error).message}`;
  }
}

/** Returns a copy with `extra` set and the names in `drop` removed. */
export function withAttributes(ev: CloudEventRecord, extra: Record<string, string>, drop: string[] = []): CloudEventRecord {
  const attrs = { ...ev.attrs, ...extra };
  for (const k of drop) delete attrs[k];
  return { attrs, data: ev.data };
}

/** The stored form (one JSON text per event, data as base64). */
export function serializeRecord(ev: CloudEventRecord): string {
  return JSON.stringify(ev.data ? { attrs: ev.attrs, data: ev.data.toString('base64') } : { attrs: ev.attrs });
}

export function deserializeRecord(text: string): CloudEventRecord {
  const o = JSON.parse(text) as { attrs: Record<string, string>; data?: string };
  return o.data !== undefined ? { attrs: o.attrs, data: Buffer.from(o.data, 'base64') } : { attrs: o.attrs };
}
