// The built-in workload every image runs by default: Knative's helloworld and
// autoscale samples plus event-display, in one dependency-free HTTP server.
// Plain JS so a pod starts in milliseconds (no TypeScript loader).
import http from 'node:http';

const port = Number(process.env.PORT || 8080);
const target = process.env.TARGET || 'World';
const revision = process.env.K_REVISION || '';
const podName = process.env.POD_NAME || process.env.HOSTNAME || '';
const retained = [];

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    res.on('finish', () => console.log(`${req.method} ${req.url} ${res.statusCode}`));
    const body = Buffer.concat(chunks);
    const event = readCloudEvent(req.headers, body);
    if (event) {
      console.log(formatEvent(event));
      res.writeHead(202);
      res.end();
      return;
    }
    serve(req, res).catch((err) => {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`${err.message}\n`);
    });
  });
});

async function serve(req, res) {
  const url = new URL(req.url, 'http://localhost');
  const sleep = Number(url.searchParams.get('sleep') || 0);
  const prime = Number(url.searchParams.get('prime') || 0);
  const bloat = Number(url.searchParams.get('bloat') || 0);
  const lines = [];
  if (sleep > 0) {
    const start = performance.now();
    await new Promise((r) => setTimeout(r, sleep));
    lines.push(`Slept for ${(performance.now() - start).toFixed(2)} milliseconds.`);
  }
  if (prime > 0) lines.push(`The largest prime less than ${prime} is ${largestPrime(prime)}.`);
  if (bloat > 0) {
    // Held for the life of the process, like the sample's leak, so memory really grows.
    const b = Buffer.alloc(bloat * 1024 * 1024, 1);
    retained.push(b);
    lines.push(`Allocated ${bloat} Mb of memory.`);
  }
  if (lines.length === 0) {
    lines.push(`Hello ${target}!`);
    if (revision) lines.push(`Revision: ${revision}`);
    if (podName) lines.push(`Pod: ${podName}`);
  }
  res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(lines.join('\n') + '\n');
}

function largestPrime(max) {
  const composite = new Uint8Array(max + 1);
  let last = 0;
  for (let i = 2; i <= max; i++) {
    if (composite[i]) continue;
    last = i;
    for (let j = i * i; j <= max; j += i) composite[j] = 1;
  }
  return last;
}

const CONTEXT = ['specversion', 'type', 'source', 'subject', 'id', 'time', 'dataschema', 'datacontenttype'];

/** A CloudEvent in binary (ce-* headers) or structured (application/cloudevents+json) mode, else undefined. */
function readCloudEvent(headers, body) {
  const contentType = headers['content-type'] || '';
  if (contentType.startsWith('application/cloudevents+json')) {
    try {
      const ev = JSON.parse(body.toString('utf8'));
      if (ev && typeof ev === 'object' && ev.specversion) return ev;
    } catch {
      return undefined;
    }
    return undefined;
  }
  if (!headers['ce-specversion']) return undefined;
  const ev = {};
  for (const [k, v] of Object.entries(headers)) {
    if (k.startsWith('ce-')) ev[k.slice(3)] = decodeURIComponent(String(v));
  }
  if (contentType) ev.datacontenttype = contentType;
  if (body.length > 0) ev.data = body.toString('utf8');
  return ev;
}

/** The text event-display prints (cloudevents sdk-go Event.String()). */
function formatEvent(ev) {
  const missing = ['specversion', 'id', 'source', 'type'].filter((k) => !ev[k]);
  const out = ['☁️  cloudevents.Event'];
  out.push(missing.length ? `Validation: invalid\nValidation Error: \n${missing.map((k) => `${k}: REQUIRED but MISSING`).join('\n')}` : 'Validation: valid');
  out.push('Context Attributes,');
  for (const k of CONTEXT) if (ev[k] !== undefined) out.push(`  ${k}: ${ev[k]}`);
  const ext = Object.keys(ev)
    .filter((k) => !CONTEXT.includes(k) && k !== 'data' && k !== 'data_base64')
    .sort();
  if (ext.length) {
    out.push('Extensions,');
    for (const k of ext) out.push(`  ${k}: ${ev[k]}`);
  }
  const data = ev.data_base64 !== undefined ? Buffer.from(ev.data_base64, 'base64').toString('utf8') : ev.data;
  if (data !== undefined && data !== '') {
    out.push('Data,');
    out.push(indent(prettyData(data)));
  }
  return out.join('\n');
}

function prettyData(data) {
  if (typeof data !== 'string') return JSON.stringify(data, null, 2);
  try {
    return JSON.stringify(JSON.parse(data), null, 2);
  } catch {
    return data;
  }
}

const indent = (s) =>
  s
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');

server.keepAliveTimeout = 65_000;
server.listen(port, '127.0.0.1', () => console.log(`Listening on port ${port}`));

// Drain on SIGTERM like queue-proxy: finish what is in flight, then exit.
process.on('SIGTERM', () => {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  const idle = setInterval(() => server.closeIdleConnections(), 50);
  idle.unref();
  setTimeout(() => process.exit(0), 30_000).unref();
});
