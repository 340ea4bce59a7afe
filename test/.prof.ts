import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { runLoad } from '../lib/loadgen';
import { freePort } from './engine-harness';
const dataDir = mkdtempSync('/tmp/prof-engine-');
const apiPort = await freePort(); const ingressPort = await freePort();
const child = spawn(process.execPath, ['--cpu-prof', '--cpu-prof-dir=/tmp/prof', '--import', 'tsx', 'server/engine/main.ts'], { env: { ...process.env, ENGINE_API_PORT: String(apiPort), ENGINE_INGRESS_PORT: String(ingressPort), CONSOLE_DATA_DIR: dataDir }, stdio: 'inherit' });
await new Promise((r) => setTimeout(r, 6000));
const token = /token: (\S+)/.exec(readFileSync(dataDir + '/kubeconfig', 'utf8'))![1];
const api = `https://127.0.0.1:${apiPort}`;
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
const res = await fetch(`${api}/apis/serving.knative.dev/v1/namespaces/default/services`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ apiVersion: 'serving.knative.dev/v1', kind: 'Service', metadata: { name: 'p' }, spec: { template: { metadata: { annotations: { 'autoscaling.knative.dev/min-scale': '1', 'autoscaling.knative.dev/max-scale': '1', 'autoscaling.knative.dev/target-burst-capacity': '0' } }, spec: { containers: [{ image: 'x' }] } } } }) });
console.log('create', res.status);
await new Promise((r) => setTimeout(r, 3000));
const r = await runLoad({ origin: `http://127.0.0.1:${ingressPort}`, host: 'p.default.localhost', concurrency: 50, requests: 20000 });
console.log(r.overallRps, r.latency, r.statusCounts);
child.kill('SIGTERM');
await new Promise((r) => child.once('exit', r));
