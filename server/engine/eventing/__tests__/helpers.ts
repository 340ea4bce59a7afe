import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EngineHandle } from '../../../../test/engine-harness';
import { waitFor as pollUntil } from '../../../../test/wait-for';

/** A CloudEvent as a test sink saw it: the ce- headers and body of one request. */
export interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
  at: number;
}

/**
 * A tiny HTTP subscriber on a free port. `respond` picks the status (and
 * optionally headers/body) for the n-th request, so a test can fail some then succeed.
 */
export async function startSink(respond: (n: number, req: http.IncomingMessage) => { status: number; headers?: Record<string, string>; body?: string } = () => ({ status: 202 })) {
  const received: Received[] = [];
  let n = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const r = respond(++n, req);
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString(), at: Date.now() });
      res.writeHead(r.status, r.headers).end(r.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

const plural: Record<string, string> = {
  Broker: 'eventing.knative.dev/v1/namespaces/NS/brokers',
  Trigger: 'eventing.knative.dev/v1/namespaces/NS/triggers',
  Channel: 'messaging.knative.dev/v1/namespaces/NS/channels',
  Subscription: 'messaging.knative.dev/v1/namespaces/NS/subscriptions',
  Sequence: 'flows.knative.dev/v1/namespaces/NS/sequences',
  Parallel: 'flows.knative.dev/v1/namespaces/NS/parallels',
  Service: 'serving.knative.dev/v1/namespaces/NS/services',
};

/** Creates an object through the engine's API (admission included), as kubectl would. */
export async function create(engine: EngineHandle, obj: { apiVersion: string; kind: string; metadata: { name: string; namespace?: string } } & Record<string, unknown>) {
  const path = `/apis/${plural[obj.kind].replace('NS', obj.metadata.namespace ?? 'default')}`;
  const res = await engine.api(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(obj) });
  const body = await res.json();
  if (!res.ok) throw new Error(`create ${obj.kind} ${obj.metadata.name}: ${res.status} ${JSON.stringify(body)}`);
  return body;
}

export async function get(engine: EngineHandle, kind: string, name: string, ns = 'default') {
  const res = await engine.api(`/apis/${plural[kind].replace('NS', ns)}/${name}`);
  return res.ok ? res.json() : undefined;
}

/** Eventing's deliveries (retries, backoff) get a longer default wait than the shared 10 s. */
export const waitFor = <T>(what: string, fn: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 15_000, everyMs = 50) =>
  pollUntil(what, fn, timeoutMs, everyMs);

export const isReady = (obj: { status?: { conditions?: { type: string; status: string }[] } } | undefined) =>
  obj?.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;

/** POSTs a binary-mode CloudEvent. */
export function postEvent(url: string, attrs: Record<string, string>, data?: unknown, init: RequestInit = {}) {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(attrs)) headers[`ce-${k}`] = v;
  if (data !== undefined) headers['content-type'] = 'application/json';
  return fetch(url, { method: 'POST', headers, body: data === undefined ? undefined : JSON.stringify(data), ...init });
}

export const ceAttrs = (id: string, type = 'dev.example.test') => ({ specversion: '1.0', id, source: '/test', type });

export const broker = (name: string, spec: Record<string, unknown> = {}) => ({
  apiVersion: 'eventing.knative.dev/v1', kind: 'Broker', metadata: { name, namespace: 'default' }, spec,
});

export const trigger = (name: string, brokerName: string, subscriberUri: string, extra: Record<string, unknown> = {}) => ({
  apiVersion: 'eventing.knative.dev/v1', kind: 'Trigger', metadata: { name, namespace: 'default' },
  spec: { broker: brokerName, subscriber: { uri: subscriberUri }, ...extra },
});

/** The value of one Prometheus sample whose labels include `labels` (0 when absent). */
export function metricValue(text: string, name: string, labels: Record<string, string>): number {
  for (const line of text.split('\n')) {
    if (!line.startsWith(name + '{')) continue;
    const labelText = line.slice(name.length + 1, line.lastIndexOf('}'));
    if (Object.entries(labels).every(([k, v]) => labelText.includes(`${k}="${v}"`))) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return 0;
}

/** POSTs a binary-mode CloudEvent to the ingress with a given Host (fetch cannot set Host). */
export function postToHost(ingressUrl: string, host: string, attrs: Record<string, string>, data?: unknown): Promise<{ status: number; body: string }> {
  const u = new URL(ingressUrl);
  const headers: Record<string, string> = { host };
  for (const [k, v] of Object.entries(attrs)) headers[`ce-${k}`] = v;
  const body = data === undefined ? '' : JSON.stringify(data);
  if (data !== undefined) headers['content-type'] = 'application/json';
  return new Promise((resolve, reject) => {
    const req = http.request({ host: u.hostname, port: u.port, method: 'POST', path: '/', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
