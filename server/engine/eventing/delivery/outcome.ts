import type { CloudEventRecord } from '../event/cloud-event';
import { parseHttpEvent, type HttpHeaders } from '../event/http-binding';

/** Knative's `KnativeErrorDataExtensionMaxLength`. */
export const ERROR_DATA_MAX = 1024;

/**
 * The extensions a dead-letter sink receives on the original event
 * (`dispatchExecutionInfoTransformers`): the failing destination, its status
 * code, and its response body base64-encoded then cut to 1024 characters.
 */
export function knativeErrorExtensions(dest: string, code: number, body: Buffer | undefined): Record<string, string> {
  const ext: Record<string, string> = { knativeerrordest: dest, knativeerrorcode: String(code) };
  if (body && body.length > 0) ext.knativeerrordata = body.toString('base64').slice(0, ERROR_DATA_MAX);
  return ext;
}

/** What Knative records for a request that got no response: code 500, body `dispatch error: …`. */
export const transportFailure = (message: string) => ({ code: 500, body: Buffer.from(`dispatch error: ${message}`) });

export type Reply =
  | { kind: 'none' }
  | { kind: 'event'; event: CloudEventRecord }
  | { kind: 'invalid'; reason: string };

/**
 * A 2xx response to a delivery: empty, a CloudEvent (binary when a
 * `ce-specversion` header is present, structured by Content-Type), or something
 * else. The broker's filter turns "something else" into a 502 failure.
 */
export function classifyReply(headers: HttpHeaders, body: Buffer): Reply {
  const contentType = String(headers['content-type'] ?? '').toLowerCase();
  const looksLikeEvent = headers['ce-specversion'] !== undefined || contentType.startsWith('application/cloudevents');
  if (!looksLikeEvent) {
    return body.length === 0
      ? { kind: 'none' }
      : { kind: 'invalid', reason: 'received a non-empty response not recognized as CloudEvent. The response MUST be either empty or a valid CloudEvent' };
  }
  const parsed = parseHttpEvent(headers, body);
  return 'error' in parsed ? { kind: 'invalid', reason: `malformed reply event: ${parsed.error}` } : { kind: 'event', event: parsed.event };
}

/** Broker TTL (`pkg/broker/ttl.go` TTLDefaulter): 255 when absent or not an integer, else one less; at or below zero the ingress refuses the event. */
export const TTL_EXTENSION = 'knativebrokerttl';
export const DEFAULT_TTL = 255;

export function nextTtl(attrs: Record<string, string>): { ttl: number } | { error: string } {
  const raw = attrs[TTL_EXTENSION];
  const n = raw === undefined ? NaN : Number(raw);
  if (!Number.isInteger(n)) return { ttl: DEFAULT_TTL };
  const ttl = Math.max(0, n - 1);
  if (ttl <= 0) return { error: `event dropped: ${TTL_EXTENSION} reached 0 (the event looped through the broker too many times)` };
  return { ttl };
}

/** The arrival-time extension the broker ingress stamps on every event (`broker.EventArrivalTime`). */
export const ARRIVAL_TIME_EXTENSION = 'knativearrivaltime';
