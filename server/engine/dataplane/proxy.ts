import type http from 'node:http';
import { Pool } from 'undici';

/**
 * Hop-by-hop headers (RFC 9110 §7.6.1) stay on their own hop. `expect` too:
 * the ingress server has already answered 100-continue, and undici would
 * refuse the header.
 */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'upgrade', 'te', 'trailer', 'transfer-encoding', 'expect']);
/** Set by the proxy itself, whatever the client sent. */
const FORWARDED = new Set(['x-forwarded-for', 'x-forwarded-proto']);

/**
 * A keep-alive pool to one pod. The revision's timeout (the 504 sweep) is
 * the only deadline, so undici's own timeouts are off.
 */
export const podPool = (port: number) =>
  new Pool(`http://127.0.0.1:${port}`, { pipelining: 1, keepAliveTimeout: 30_000, headersTimeout: 0, bodyTimeout: 0 });

/** The request's end-to-end headers as a flat `[name, value, …]` list, plus the proxy's own. */
export function upstreamHeaders(req: http.IncomingMessage, proxied: boolean): string[] {
  const raw = req.rawHeaders;
  const out: string[] = [];
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i].toLowerCase();
    if (HOP_BY_HOP.has(name) || FORWARDED.has(name) || (proxied && name === 'knative-proxy')) continue;
    out.push(raw[i], raw[i + 1]);
  }
  out.push('x-forwarded-for', req.socket.remoteAddress ?? '127.0.0.1', 'x-forwarded-proto', 'http');
  if (proxied) out.push('knative-proxy', 'activator');
  return out;
}

/** The pod's response headers without hop-by-hop ones, as `writeHead` takes them. */
export function downstreamHeaders(raw: Buffer[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i].toString('latin1');
    if (HOP_BY_HOP.has(name.toLowerCase())) continue;
    out.push(name, raw[i + 1].toString('latin1'));
  }
  return out;
}

export const requestHasBody = (req: http.IncomingMessage) =>
  req.headers['transfer-encoding'] !== undefined || (req.headers['content-length'] !== undefined && req.headers['content-length'] !== '0');
