import { Agent, util, type Dispatcher } from 'undici';
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
  const started = performance.now();
  const target = targetOf(uri, opts.ingressPort);
  if (!target) return Promise.resolve({ headers: {}, body: EMPTY, error: `invalid URL "${uri}"`, durationMs: 0 });
  const headers: string[] = [];
  for (const k in msg.headers) headers.push(k, msg.headers[k]);
  if (opts.headers) for (const k in opts.headers) headers.push(k, opts.headers[k]);
  headers.push('host', target.host);
  return new Promise((resolve) => {
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    let abort: ((err: Error) => void) | undefined;
    let timedOut = false;
    const settle = (r: Omit<SendResult, 'durationMs'>) => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      resolve({ ...r, durationMs: performance.now() - started } as SendResult);
    };
    if (opts.timeoutMs !== undefined) {
      timer = setTimeout(() => {
        timedOut = true;
        settle({ headers: {}, body: EMPTY, error: `request timed out after ${opts.timeoutMs}ms` });
        abort?.(new Error('timed out'));
      }, Math.max(1, opts.timeoutMs));
    }
    let code: number | undefined;
    let rawHeaders: Buffer[] = [];
    const chunks: Buffer[] = [];
    const handler: Dispatcher.DispatchHandler = {
      onConnect(a) {
        // Called when the request is about to go out; one that already timed out never does.
        if (timedOut) a(new Error('timed out'));
        else abort = a;
      },
      onHeaders(statusCode, raw) {
        code = statusCode;
        rawHeaders = raw as Buffer[];
        return true;
      },
      onData(chunk) {
        chunks.push(chunk);
        return true;
      },
      onComplete() {
        const body = chunks.length === 0 ? EMPTY : chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
        settle({ code, headers: util.parseHeaders(rawHeaders) as HttpHeaders, body });
      },
      onError(err) {
        settle({ headers: {}, body: EMPTY, error: err.message || String(err) });
      },
    };
    pool().dispatch({ origin: target.origin, path: target.path, method: 'POST', headers, body: msg.body }, handler);
  });
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
