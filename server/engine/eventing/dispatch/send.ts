import { Agent, request } from 'undici';
import { toIngressTarget, type IngressTarget } from '../../net/ingress-address';
import type { CloudEventRecord } from '../event/cloud-event';
import { toBinary, toStructured, type HttpHeaders, type HttpMessage } from '../event/http-binding';

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

export interface SendResult {
  /** HTTP status; undefined when no response came (refused, reset, timed out). */
  code?: number;
  headers: HttpHeaders;
  body: Buffer;
  /** Why there was no response. */
  error?: string;
  durationMs: number;
}

/** One POST of a CloudEvent; never throws. A service at zero is woken by the ingress (the activator holds the request). */
export function sendEvent(uri: string, event: CloudEventRecord, opts: SendOptions): Promise<SendResult> {
  return sendMessage(uri, opts.format === 'json' ? toStructured(event) : toBinary(event), opts);
}

/** sendEvent for a message already encoded (the dispatcher encodes an event once for all its triggers). */
export async function sendMessage(uri: string, msg: HttpMessage, opts: Omit<SendOptions, 'format'>): Promise<SendResult> {
  const started = performance.now();
  const target = targetOf(uri, opts.ingressPort);
  if (!target) return { headers: {}, body: Buffer.alloc(0), error: `invalid URL "${uri}"`, durationMs: 0 };
  try {
    const res = await request(target.origin + target.path, {
      method: 'POST',
      dispatcher: pool(),
      headers: { ...msg.headers, ...opts.headers, host: target.host },
      body: msg.body,
      signal: opts.timeoutMs !== undefined ? AbortSignal.timeout(Math.max(1, opts.timeoutMs)) : undefined,
    });
    const body = Buffer.from(await res.body.arrayBuffer());
    return { code: res.statusCode, headers: res.headers, body, durationMs: performance.now() - started };
  } catch (err) {
    const e = err as Error & { code?: string };
    const error = e.name === 'TimeoutError' || e.name === 'AbortError' ? `request timed out after ${opts.timeoutMs}ms` : e.message || String(err);
    return { headers: {}, body: Buffer.alloc(0), error, durationMs: performance.now() - started };
  }
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
