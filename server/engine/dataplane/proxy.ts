import http from 'node:http';
import type { PodTarget } from './route-table';

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'upgrade', 'te', 'trailer']);

/** A copy without hop-by-hop headers, built key by key: `delete` on a spread copy is a hot spot per request. */
function endToEnd(from: http.IncomingHttpHeaders): http.OutgoingHttpHeaders {
  const out: http.OutgoingHttpHeaders = {};
  for (const k in from) if (!HOP_BY_HOP.has(k)) out[k] = from[k];
  return out;
}

export interface ForwardResult {
  /** The pod could not be reached before any response byte: safe to try another pod if the request had no body. */
  unreachable?: Error;
}

/**
 * Sends the request to the pod over its keep-alive pool and streams the
 * response back. Resolves when the response is finished (or failed).
 */
export function forward(req: http.IncomingMessage, res: http.ServerResponse, pod: PodTarget, proxied: boolean, hasBody: boolean): Promise<ForwardResult> {
  return new Promise((resolve) => {
    const headers = endToEnd(req.headers);
    headers['x-forwarded-for'] = req.socket.remoteAddress ?? '127.0.0.1';
    headers['x-forwarded-proto'] = 'http';
    if (proxied) headers['knative-proxy'] = 'activator';
    const upstream = http.request({ host: '127.0.0.1', port: pod.port, method: req.method, path: req.url, headers, agent: pod.agent });
    let done = false;
    const finish = (r: ForwardResult = {}) => {
      if (done) return;
      done = true;
      resolve(r);
    };
    upstream.on('response', (pres) => {
      const out = endToEnd(pres.headers);
      if (!res.headersSent) res.writeHead(pres.statusCode ?? 502, pres.statusMessage, out);
      pres.pipe(res);
      pres.on('end', () => finish());
      pres.on('error', () => {
        res.destroy();
        finish();
      });
    });
    upstream.on('error', (err) => {
      // Without a body nothing was consumed, so another pod can still take the request.
      if (!res.headersSent && !hasBody) return finish({ unreachable: err });
      if (!res.headersSent) {
        res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(`error reaching the revision's pod: ${err.message}\n`);
      } else res.destroy();
      finish();
    });
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
      finish();
    });
    if (hasBody) req.pipe(upstream);
    else upstream.end();
  });
}

export const requestHasBody = (req: http.IncomingMessage) =>
  req.headers['transfer-encoding'] !== undefined || (req.headers['content-length'] !== undefined && req.headers['content-length'] !== '0');
