import { startEngine } from './engine-harness';
import { request } from 'undici';
import { readFileSync } from 'node:fs';
const e = await startEngine();
console.log('engine', e.apiUrl, e.dataDir);
try {
  const t0 = Date.now();
  const r = await e.api('/apis/serving.knative.dev/v1/namespaces/default/services', {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ apiVersion: 'serving.knative.dev/v1', kind: 'Service', metadata: { name: 'hello' }, spec: { template: { spec: { containers: [{ image: 'ghcr.io/knative/helloworld-go', env: [{ name: 'TARGET', value: 'Engine' }] }] } } } }),
  });
  console.log('create', r.status, (await r.text()).slice(0, 200));
  for (let i = 0; i < 50; i++) {
    const s = await (await e.api('/apis/serving.knative.dev/v1/namespaces/default/services/hello')).json();
    const ready = s.status?.conditions?.find((c: any) => c.type === 'Ready');
    if (ready?.status === 'True') { console.log('ready after', Date.now() - t0, 'ms', s.status.url); break; }
    await new Promise((r) => setTimeout(r, 100));
  }
  const s = await (await e.api('/apis/serving.knative.dev/v1/namespaces/default/services/hello')).json();
  console.log(JSON.stringify(s.status, null, 1));
  for (const h of ['hello.default.localhost', 'hello.default.svc.cluster.local', 'nope.default.localhost']) { const t = performance.now(); const res = await request(e.ingressUrl, { headers: { host: h } });
  console.log(h, res.statusCode, (performance.now()-t).toFixed(1), await res.body.text()); }
  const pods = await (await e.api('/api/v1/namespaces/default/pods')).json();
  console.log(pods.items.map((p: any) => [p.metadata.name, p.status.phase, JSON.stringify(p.status.containerStatuses?.[0]?.state)]));
} finally {
  await e.stop();
  console.log(readFileSync(e.dataDir + '/engine.log', 'utf8').slice(-3000));
}
