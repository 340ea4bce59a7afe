// The heartbeat emitter of Knative's heartbeats sample (eventing cmd/heartbeats),
// what a ContainerSource usually runs: every PERIOD seconds it POSTs a
// dev.knative.eventing.samples.heartbeat CloudEvent (binary mode) to K_SINK,
// with the K_CE_OVERRIDES extensions. Plain JS, no dependencies:
//   node heartbeats.mjs --period 2 --label hello
// Sinks like http://x.ns.svc.cluster.local resolve nowhere on a laptop, so those
// (and *.localhost) are sent to the engine's ingress (K_INGRESS, else
// ENGINE_INGRESS_PORT, else 8080) with the sink's host in the Host header.
import { randomUUID } from 'node:crypto';
import http from 'node:http';

function flag(name) {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1];
  const inline = process.argv.find((a) => a.startsWith(`--${name}=`));
  return inline?.slice(name.length + 3);
}

const periodSeconds = Number(flag('period') ?? process.env.PERIOD ?? 5);
const label = flag('label') ?? process.env.LABEL ?? '';
const sink = process.env.K_SINK;
const podName = process.env.POD_NAME ?? process.env.HOSTNAME ?? 'heartbeats';
const namespace = process.env.POD_NAMESPACE ?? 'default';
const source = `https://knative.dev/eventing/cmd/heartbeats/#${namespace}/${podName}`;

function overrides() {
  if (!process.env.K_CE_OVERRIDES) return {};
  try {
    return JSON.parse(process.env.K_CE_OVERRIDES).extensions ?? {};
  } catch (err) {
    console.error(`ignoring K_CE_OVERRIDES: ${err.message}`);
    return {};
  }
}

function ingressAddress() {
  const raw = process.env.K_INGRESS ?? process.env.ENGINE_INGRESS_PORT ?? '8080';
  const [host, port] = raw.includes(':') ? raw.split(':') : ['127.0.0.1', raw];
  return { host: host || '127.0.0.1', port: Number(port) };
}

/** Where to connect for a sink URL, and the Host header to send. */
function target(url) {
  const u = new URL(url);
  const routed = u.hostname.endsWith('.svc.cluster.local') || u.hostname.endsWith('.localhost');
  if (!routed) return { host: u.hostname, port: Number(u.port || 80), hostHeader: u.host, path: u.pathname + u.search };
  const ingress = ingressAddress();
  return { host: ingress.host, port: ingress.port, hostHeader: u.hostname, path: u.pathname + u.search };
}

function post(url, headers, body) {
  const t = target(url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: t.host, port: t.port, path: t.path, method: 'POST', headers: { ...headers, host: t.hostHeader, 'content-length': Buffer.byteLength(body) }, timeout: 10_000 },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timed out after 10s')));
    req.on('error', reject);
    req.end(body);
  });
}

let sequence = 0;

async function beat() {
  sequence++;
  const data = JSON.stringify({ id: sequence, label, msg: `heartbeat ${sequence} from ${podName}` });
  const headers = {
    'content-type': 'application/json',
    'ce-specversion': '1.0',
    'ce-id': randomUUID(),
    'ce-type': 'dev.knative.eventing.samples.heartbeat',
    'ce-source': source,
    'ce-time': new Date().toISOString(),
    // The sample's own extensions.
    'ce-the': '42',
    'ce-heart1': 'yes',
    'ce-beats': 'true',
  };
  for (const [k, v] of Object.entries(overrides())) headers[`ce-${k}`] = encodeURIComponent(String(v));
  try {
    const status = await post(sink, headers, data);
    console.log(`heartbeat ${sequence} -> ${sink}: ${status}`);
  } catch (err) {
    console.error(`heartbeat ${sequence} -> ${sink} failed: ${err.message}`);
  }
}

if (!sink) {
  console.error('K_SINK is not set: nothing to send heartbeats to (bind this workload with a SinkBinding or run it from a ContainerSource)');
} else {
  console.log(`sending a heartbeat every ${periodSeconds}s to ${sink}`);
  void beat();
  setInterval(beat, Math.max(0.1, periodSeconds) * 1000);
}

// Pods are probed on PORT; answer it so the pod reports ready.
if (process.env.PORT) {
  http
    .createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(`heartbeats: ${sequence} sent\n`);
    })
    .listen(Number(process.env.PORT), '127.0.0.1');
}

process.on('SIGTERM', () => process.exit(0));
