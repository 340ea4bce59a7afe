import { validateAttributes, type CloudEventRecord } from './cloud-event';

/**
 * The CloudEvents HTTP protocol binding (cloudevents/spec http-protocol-binding.md),
 * both ways. Written here rather than taken from the `cloudevents` SDK's HTTP
 * binding because SDK 10 invents `id` and `time` when they are missing (so a
 * missing id cannot be refused), does not percent-decode header values, turns
 * `data_base64` into a Uint32Array, and refuses `application/cloudevents+json;
 * charset=utf-8`. The SDK still validates the attributes (validateAttributes).
 */

export type HttpHeaders = Record<string, string | string[] | undefined>;

export type Parsed = { event: CloudEventRecord; mode: 'binary' | 'structured' } | { error: string };

const header = (h: HttpHeaders, name: string): string | undefined => {
  const v = h[name];
  return Array.isArray(v) ? v.join(',') : v;
};

const mediaType = (contentType: string | undefined) => contentType?.split(';')[0].trim().toLowerCase() ?? '';

/** JSON data: `application/json`, any `+json` type, `text/json`; an absent type means JSON in structured mode. */
export const isJsonType = (contentType: string | undefined) => {
  const t = mediaType(contentType);
  return t === '' || t === 'application/json' || t === 'text/json' || t.endsWith('+json');
};

/** Parses a request or response whose headers are lower-cased (as Node gives them). */
export function parseHttpEvent(headers: HttpHeaders, body: Buffer): Parsed {
  const contentType = header(headers, 'content-type');
  const type = mediaType(contentType);
  if (type.startsWith('application/cloudevents-batch')) {
    return { error: 'batched CloudEvents (application/cloudevents-batch) are not supported; send one event per request' };
  }
  if (type.startsWith('application/cloudevents')) {
    if (type !== 'application/cloudevents+json') return { error: `unsupported event format "${type}" (only application/cloudevents+json)` };
    const r = parseStructured(body);
    return 'error' in r ? r : { event: r, mode: 'structured' };
  }
  const r = parseBinary(headers, body, contentType);
  return 'error' in r ? r : { event: r, mode: 'binary' };
}

function parseBinary(headers: HttpHeaders, body: Buffer, contentType: string | undefined): CloudEventRecord | { error: string } {
  const attrs: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!name.startsWith('ce-') || value === undefined) continue;
    attrs[name.slice(3)] = percentDecode(Array.isArray(value) ? value.join(',') : value);
  }
  if (Object.keys(attrs).length === 0) {
    return { error: 'no CloudEvent found: expected ce-specversion, ce-id, ce-source and ce-type headers (binary mode) or Content-Type: application/cloudevents+json (structured mode)' };
  }
  if ('datacontenttype' in attrs) return { error: 'ce-datacontenttype must not be set in binary mode; use Content-Type' };
  if (contentType) attrs.datacontenttype = contentType;
  const problem = validateAttributes(attrs);
  if (problem) return { error: problem };
  return body.length > 0 ? { attrs, data: body } : { attrs };
}

function parseStructured(body: Buffer): CloudEventRecord | { error: string } {
  let o: unknown;
  try {
    o = JSON.parse(body.toString('utf8'));
  } catch (err) {
    return { error: `malformed structured CloudEvent: ${(err as Error).message}` };
  }
  if (!o || typeof o !== 'object' || Array.isArray(o)) return { error: 'malformed structured CloudEvent: expected a JSON object' };
  const attrs: Record<string, string> = {};
  let data: Buffer | undefined;
  for (const [k, v] of Object.entries(o as Record<string, unknown>)) {
    if (k === 'data' || k === 'data_base64') continue;
    if (typeof v === 'string') attrs[k] = v;
    else if (typeof v === 'number' || typeof v === 'boolean') attrs[k] = String(v);
    else if (v !== null) return { error: `invalid CloudEvent: attribute "${k}" must be a string, number or boolean` };
  }
  const problem = validateAttributes(attrs);
  if (problem) return { error: problem };
  const rec = o as { data?: unknown; data_base64?: unknown };
  if (rec.data_base64 !== undefined) {
    if (typeof rec.data_base64 !== 'string') return { error: 'invalid CloudEvent: data_base64 must be a string' };
    if (rec.data !== undefined) return { error: 'invalid CloudEvent: data and data_base64 are mutually exclusive' };
    data = Buffer.from(rec.data_base64, 'base64');
  } else if (rec.data !== undefined) {
    data =
      typeof rec.data === 'string' && !isJsonType(attrs.datacontenttype)
        ? Buffer.from(rec.data, 'utf8')
        : Buffer.from(JSON.stringify(rec.data), 'utf8');
  }
  return data ? { attrs, data } : { attrs };
}

export interface HttpMessage {
  headers: Record<string, string>;
  body: Buffer;
}

/** Binary mode: attributes as `ce-` headers (percent-encoded), datacontenttype as Content-Type, data as the body. */
export function toBinary(ev: CloudEventRecord): HttpMessage {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(ev.attrs)) {
    if (k === 'datacontenttype') headers['content-type'] = v;
    else headers[`ce-${k}`] = percentEncode(v);
  }
  return { headers, body: ev.data ?? Buffer.alloc(0) };
}

/** Structured mode (JSON format): JSON data inline, text as a string, anything else as data_base64. */
export function toStructured(ev: CloudEventRecord): HttpMessage {
  const o: Record<string, unknown> = { ...ev.attrs };
  if (ev.data) {
    const type = ev.attrs.datacontenttype;
    let inline = false;
    if (isJsonType(type)) {
      try {
        o.data = JSON.parse(ev.data.toString('utf8'));
        inline = true;
      } catch {
        // not JSON after all: fall through to base64
      }
    } else if (mediaType(type).startsWith('text/') || mediaType(type) === 'application/xml') {
      o.data = ev.data.toString('utf8');
      inline = true;
    }
    if (!inline) o.data_base64 = ev.data.toString('base64');
  }
  return { headers: { 'content-type': 'application/cloudevents+json; charset=utf-8' }, body: Buffer.from(JSON.stringify(o), 'utf8') };
}

/** Space, `"`, `%` and anything outside printable ASCII are percent-encoded (binding spec 3.1.3.2). */
export function percentEncode(value: string): string {
  if (/^[\x21\x23-\x24\x26-\x7e]*$/.test(value)) return value;
  let out = '';
  for (const ch of value) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x21 && c <= 0x7e && c !== 0x22 && c !== 0x25) out += ch;
    else for (const b of Buffer.from(ch, 'utf8')) out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

/** Decodes percent-encoding; a value that is not validly encoded is kept as it came. */
export function percentDecode(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
