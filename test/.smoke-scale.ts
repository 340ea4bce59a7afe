import { startEngine } from './engine-harness';
import { runLoad } from '../lib/loadgen';
const e = await startEngine({ env: { ENGINE_SCALE_TO_ZERO_GRACE_PERIOD: '1s' } });
const api = async (p: string) => (await e.api(p)).json();
try {
  await e.api('/apis/serving.knative.dev/v1/namespaces/default/services', { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ apiVersion: 'serving.knative.dev/v1', kind: 'Service', metadata: { name: 's' }, spec: { template: { metadata: { annotations: { 'autoscaling.knative.dev/window': '6s', 'autoscaling.knative.dev/target': '5' } }, spec: { containers: [{ image: 'x' }] } } } }) });
  await new Promise((r) => setTimeout(r, 1500));
  const load = runLoad({ origin: e.ingressUrl, host: 's.default.localhost', path: '/?sleep=200', concurrency: 20, durationMs: 8000 });
  for (let i = 0; i < 24; i++) {
    const pa = await api('/apis/autoscaling.internal.knative.dev/v1alpha1/namespaces/default/podautoscalers/s-00001');
    const d = await api('/apis/apps/v1/namespaces/default/deployments/s-00001-deployment');
    console.log(i / 2, 'pa', pa.status?.desiredScale, pa.status?.actualScale, JSON.stringify(pa.status?.conditions?.map((c: any) => c.type + '=' + c.status + ':' + (c.reason ?? ''))), 'deploy', d.spec.replicas, d.status?.readyReplicas);
    await new Promise((r) => setTimeout(r, 500));
  }
  console.log(await load);
  const m = await (await fetch(e.apiUrl.replace('https','http') + '/metrics').catch(() => e.api('/metrics'))).text();
  console.log(m.split('\n').filter((l) => l.startsWith('autoscaler_') || l.startsWith('revision_request_count')).join('\n'));
} finally { await e.stop(); }
