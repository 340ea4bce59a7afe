import { Agent } from 'undici';
import { toIngressTarget, type IngressTarget } from '../../net/ingress-address';
import type { CloudEventRecord } from '../event/cloud-event';
import { toBinary, toStructured, type HttpMessage } from '../event/http-binding';
import { Attempt, type AttemptResult } from './attempt';

/**
 * One keep-alive pool for everything eventing sends (subscribers, replies,
 * dead-letter sinks, sources' sinks). The connection cap per origin bounds how
 * hard a burst can hit one subscriber.
 */
let agent: Agent | undefined;
const pool = () => (agent ??= new Agent({ connections: 128, keepAliveTimeout: 30_000, keepAliveMaxTimeout: 600_000 }));

export interface SendOptions {
  /** The engine's ingress port: cluster-local and `.localhost` URLs are sent there (toIngressTarget). */
  ingressPort: number;
  /** `binary` (default) or `json` (structured mode), as DeliverySpec.format. */
  format?: 'binary' | 'json';
  /** Per-attempt timeout (DeliverySpec.timeout). */
  timeoutMs?: number;
  /** Extra headers, e.g. `prefer: reply` for subscribers. */
  headers?: Record<string, string>;
}

/** The outcome of one POST (see Attempt). */
export type SendResult = AttemptResult;

const EMPTY = Buffer.alloc(0);

/** One POST of a CloudEvent; never throws. A service at zero is woken by the ingress (the activator holds the request). */
export function sendEvent(uri: string, event: CloudEventRecord, opts: SendOptions): Promise<SendResult> {
  return sendMessage(uri, opts.format === 'json' ? toStructured(event) : toBinary(event), opts);
}

/**
 * sendMessage for a message already encoded (the dispatcher encodes an event
 * once for all its triggers). Built on undici's `dispatch` rather than
 * `request`: at thousands of deliveries a second, request's body stream,
 * AbortSignal.timeout and header object copies were most of the engine's CPU.
 * The per-attempt timeout is a plain timer, and only when one is configured
 * (undici's own headers/body timeouts tick at a 1 s resolution).
 */
export function sendMessage(uri: string, msg: HttpMessage, opts: Omit<SendOptions, 'format'>): Promise<SendResult> {
  const target = targetOf(uri, opts.ingressPort);
  if (!target) return Promise.resolve({ headers: {}, body: EMPTY, error: `invalid URL "${uri}"`, durationMs: 0 });
  const headers = headersFor(msg, target.host, opts.headers);
  return new Promise((resolve) => {
    pool().dispatch({ origin: target.origin, path: target.path, method: 'POST', headers, body: msg.body }, new Attempt(resolve, opts.timeoutMs));
  });
}

/**
 * The request headers as undici takes them (a flat list), built once per
 * message and host: an event fanned out to ten triggers of one subscriber host
 * is ten sends of the same headers. undici only reads the list.
 */
const headerLists = new WeakMap<HttpMessage, Map<string, { extra: Record<string, string> | undefined; list: string[] }>>();

function headersFor(msg: HttpMessage, host: string, extra: Record<string, string> | undefined): string[] {
  let byHost = headerLists.get(msg);
  if (!byHost) headerLists.set(msg, (byHost = new Map()));
  const hit = byHost.get(host);
  if (hit && hit.extra === extra) return hit.list;
  const list: string[] = [];
  for (const k in msg.headers) list.push(k, msg.headers[k]);
  if (extra) for (const k in extra) list.push(k, extra[k]);
  list.push('host', host);
  byHost.set(host, { extra, list });
  return list;
}

/** Parsed targets, since the same few subscriber URLs are sent to thousands of times. */
const targets = new Map<string, IngressTarget | undefined>();

function targetOf(uri: string, ingressPort: number): IngressTarget | undefined {
  const k = `${ingressPort} ${uri}`;
  if (targets.has(k)) return targets.get(k);
  let t: IngressTarget | undefined;
  try {
    t = toIngressTarget(uri, ingressPort);
  } catch {
    t = undefined;
  }
  if (targets.size > 10_000) targets.clear();
  targets.set(k, t);
  return t;
}

/** Closes idle connections (engine shutdown); the next send opens a new pool. */
export async function closeSendPool() {
  const a = agent;
  agent = undefined;
  await a?.close().catch(() => undefined);
}
