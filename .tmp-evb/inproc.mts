import http from 'node:http';
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { Pool } from 'undici';
import { Registry } from 'prom-client';
import { Store } from '/work/main/server/engine/store/store';
import { IngressRouter } from '/work/main/server/engine/dataplane/router';
import { startEventing } from '/work/main/server/engine/eventing';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evb-'));
const store = new Store(dir);
const router = new IngressRouter();
const server = http.createServer({ keepAlive: true }, router.handle);
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const ingressPort = (server.address() as any).port;
let received = 0;
const sink = http.createServer((req, res) => { req.resume(); req.on('end', () => { received++; res.writeHead(202).end(); }); });
await new Promise<void>((r) => sink.listen(0, '127.0.0.1', r));
const sinkUrl = `http://127.0.0.1:${(sink.address() as any).port}`;
const part = await startEventing({ store, config: { host: '127.0.0.1', apiPort: 0, ingressPort, dataDir: dir }, registry: new Registry(), ingress: router });
store.create('eventing.knative.dev/brokers', { apiVersion: 'eventing.knative.dev/v1', kind: 'Broker', metadata: { name: 'b', namespace: 'default' }, spec: {} });
store.create('eventing.knative.dev/triggers', { apiVersion: 'eventing.knative.dev/v1', kind: 'Trigger', metadata: { name: 't', namespace: 'default' }, spec: { broker: 'b', filter: {}, subscriber: { uri: sinkUrl } } });
await new Promise((r) => setTimeout(r, 500));
const pool = new Pool(`http://127.0.0.1:${ingressPort}`, { connections: 50 });
const cpu0 = process.cpuUsage(); const t0 = performance.now();
let acked = 0, seq = 0; const end = t0 + 4000;
await Promise.all(Array.from({ length: 50 }, async () => {
  while (performance.now() < end) {
    const res = await pool.request({ path: '/default/b', method: 'POST', headers: { 'ce-specversion': '1.0', 'ce-id': `e${seq++}`, 'ce-source': '/s', 'ce-type': 't', 'content-type': 'application/json' }, body: '{"a":1}' });
    await res.body.dump(); if (res.statusCode === 202) acked++;
  }
}));
const secs = (performance.now() - t0) / 1000; const cpu = process.cpuUsage(cpu0);
console.log(`acked ${acked} in ${secs.toFixed(1)}s = ${(acked / secs).toFixed(0)}/s; cpu ${((cpu.user + cpu.system) / 1000 / acked).toFixed(3)} ms/event (incl. sender+sink); received ${received}`);
await new Promise((r) => setTimeout(r, 2000));
console.log((globalThis as any).__gc?.stats);
console.log('received', received);
await part.stop(); await pool.close(); server.close(); sink.close(); store.close();
process.exit(0);
