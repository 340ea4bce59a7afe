import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CloudEventRecord } from './cloud-event';
import { parseHttpEvent } from './http-binding';

/** Bigger requests are refused with 413 rather than held in memory. */
const MAX_BODY_BYTES = 10 * 1024 * 1024;

export interface Accepted {
  code: number;
  message?: string;
}

/**
 * The receiving half shared by broker and channel ingress: POST only (OPTIONS
 * answered for webhooks, as Knative's ingress does), body read, CloudEvent
 * parsed (400 with the reason), then `accept` decides the status. `onResult`
 * sees every outcome, for metrics.
 */
export async function receiveEvent(
  req: IncomingMessage,
  res: ServerResponse,
  accept: (event: CloudEventRecord) => Promise<Accepted>,
  onResult: (code: number, eventType: string) => void,
) {
  res.setHeader('allow', 'POST, OPTIONS');
  if (req.method === 'OPTIONS') {
    res.writeHead(200, { 'webhook-allowed-origin': '*', 'webhook-allowed-rate': '*' }).end();
    return;
  }
  if (req.method !== 'POST') {
    reply(res, 405, `method ${req.method} not allowed: send events with POST`);
    return;
  }
  let body: Buffer;
  try {
    body = await readBody(req);
  } catch (err) {
    const tooBig = (err as Error).message === 'too large';
    reply(res, tooBig ? 413 : 400, tooBig ? `request body larger than ${MAX_BODY_BYTES} bytes` : `could not read request: ${(err as Error).message}`);
    return;
  }
  const parsed = parseHttpEvent(req.headers, body);
  if ('error' in parsed) {
    onResult(400, '');
    reply(res, 400, parsed.error);
    return;
  }
  let result: Accepted;
  try {
    result = await accept(parsed.event);
  } catch (err) {
    console.error('[eventing] could not store event', err);
    result = { code: 500, message: `could not store the event: ${(err as Error).message}` };
  }
  onResult(result.code, parsed.event.attrs.type ?? '');
  reply(res, result.code, result.message);
}

function reply(res: ServerResponse, code: number, message?: string) {
  if (!message) {
    res.writeHead(code).end();
    return;
  }
  res.writeHead(code, { 'content-type': 'text/plain; charset=utf-8' }).end(message + '\n');
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        req.destroy();
        reject(new Error('too large'));
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
