import http from 'node:http';
import { CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import { expect, test } from './fixtures';

const ns = 'add-e2e';
// First visits compile the route under `next dev` (E2E_DEV=1): allow for it.
const NAV = { timeout: 60_000 };

/** GET / through the ingress with the app's Host header, as a browser on NAME.NS.localhost would. */
function getThroughIngress(ingressUrl: string, host: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(ingressUrl);
  return new Promise((resolve, reject) => {
    http.get({ hostname, port, path: '/', headers: { host } }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    }).on('error', reject);
  });
}

/**
 * Under `next dev` every route compiles on first use, and a compile can reload an open
 * page mid-test: ask for each route once up front. Against `next start` this is quick.
 */
async function warmUp(base: string) {
  const pages = ['add', 'add/image', 'add/event-source', 'add/event-source/ping', 'add/broker', 'add/channel', 'add/yaml', 'topology', 'pods'];
  for (const p of pages) await fetch(`${base}/ns/${ns}/${p}`).then((r) => r.text());
  for (const form of ['deploy-image', 'ping-source', 'broker', 'channel', 'import-yaml']) {
    await fetch(`${base}/api/add/${form}`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } }).then((r) => r.text());
  }
  await fetch(`${base}/api/logs/${ns}/none`).then((r) => r.text());
  for (const kind of ['services', 'pods']) {
    const ctrl = new AbortController();
    await fetch(`${base}/api/watch/${kind}?namespace=${ns}`, { signal: ctrl.signal }).then(() => ctrl.abort()).catch(() => undefined);
    await fetch(`${base}/api/kube/${kind}?namespace=${ns}`).then((r) => r.text());
  }
}

test.describe.serial('add flows', () => {
  let core: CoreV1Api;

  test.beforeAll(async ({ e2e }) => {
    test.setTimeout(600_000);
    const kc = new KubeConfig();
    kc.loadFromFile(e2e.kubeconfigPath);
    core = kc.makeApiClient(CoreV1Api);
    await core.createNamespace({ body: { metadata: { name: ns } } }).catch((e: { code?: number }) => {
      if (e.code !== 409) throw e;
    });
    await warmUp(e2e.consoleUrl);
  });

  test('Deploy Image: a bad reference is refused at the field; a good one becomes Ready and answers', async ({ page, e2e }) => {
    test.setTimeout(180_000);
    await page.goto(`/ns/${ns}/add`);
    for (const card of ['Deploy Image', 'Import from Git', 'Event Source', 'Broker', 'Channel', 'Import YAML']) {
      await expect(page.getByRole('listitem').filter({ hasText: card }).first()).toBeVisible();
    }
    await page.getByRole('link', { name: 'Deploy Image' }).click();
    await expect(page).toHaveURL(new RegExp(`/ns/${ns}/add/image$`), NAV);

    const image = page.locator('#deploy-image');
    await image.fill('Docker.io/Knative/HelloWorld:');
    await expect(page.getByTestId('deploy-image-helper-error')).toContainText(/invalid (tag|reference format)/);
    await image.fill('docker.io/knative/helloworld');
    await expect(page.getByTestId('deploy-image-helper-error')).toHaveCount(0);
    // The name follows the image until the user edits it.
    await expect(page.locator('#deploy-name')).toHaveValue('helloworld');
    await page.locator('#deploy-application').fill('greetings');

    await page.getByRole('button', { name: 'Advanced options' }).click();
    await page.locator('#deploy-scale-min').fill('-1');
    await expect(page.getByTestId('deploy-scale-min-helper-error')).toBeVisible();
    await page.locator('#deploy-scale-min').fill('1');
    await page.getByRole('button', { name: 'Add variable' }).click();
    await page.locator('#deploy-env-0-name').fill('TARGET');
    await page.getByLabel('Value 1', { exact: true }).fill('Add Flows');
    await page.getByRole('button', { name: 'Create' }).click();

    await expect(page).toHaveURL(/\/topology\?selected=Service%2Fadd-e2e%2Fhelloworld/, NAV);
    const panel = page.getByTestId('topology-panel');
    await expect(panel).toContainText('helloworld');
    // Progress until Ready: the panel's conditions table turns Ready True once a pod serves.
    await expect(panel.getByRole('row').filter({ hasText: /^Ready\s*True/ })).toBeVisible({ timeout: 60_000 });
    await expect(panel.getByTestId('panel-pods')).toHaveText('1', { timeout: 30_000 });

    const answer = await getThroughIngress(e2e.ingressUrl, `helloworld.${ns}.localhost`);
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('Hello Add Flows!');
  });

  test('a taken name is an error at the name field before submit, and AlreadyExists on the name after', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`/ns/${ns}/add/image`);
    await page.locator('#deploy-image').fill('docker.io/knative/helloworld:latest');
    await expect(page.getByTestId('deploy-name-helper-error')).toContainText('already exists');
    await page.getByRole('button', { name: 'Create' }).click();
    await expect(page).toHaveURL(/\/add\/image$/, NAV);

    const res = await page.request.post('/api/add/deploy-image', { data: { namespace: ns, name: 'helloworld', image: 'docker.io/knative/helloworld' } });
    expect(res.status()).toBe(409);
    const status = await res.json();
    expect(status.reason).toBe('AlreadyExists');
    expect(status.details.causes[0].field).toBe('name');
  });

  test('PingSource to the service: bad cron at the field, preview of runs, events in the pod logs', async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto(`/ns/${ns}/add/event-source`);
    await page.getByRole('link', { name: 'PingSource' }).click();
    await expect(page).toHaveURL(/\/add\/event-source\/ping$/, NAV);

    const schedule = page.locator('#ping-schedule');
    await schedule.fill('every two seconds');
    await expect(page.getByTestId('ping-schedule-helper-error')).toBeVisible();
    await schedule.fill('*/2 * * * * *');
    await expect(page.getByTestId('ping-schedule-helper-error')).toHaveCount(0);
    await expect(page.getByTestId('schedule-preview')).toContainText('Runs every 2 seconds');
    await expect(page.getByTestId('schedule-preview').getByRole('listitem')).toHaveCount(5);

    await page.locator('#ping-content-type').fill('application/json');
    await page.locator('#ping-data').fill('{"msg": "ping from the add flow"');
    await expect(page.getByTestId('ping-data-helper-error')).toContainText('not valid JSON');
    await page.locator('#ping-data').fill('{"msg": "ping from the add flow"}');

    const sink = page.locator('#source-sink');
    await sink.selectOption('uri');
    await page.locator('#source-sink-uri').fill('/relative');
    await expect(page.getByTestId('source-sink-uri-helper-error')).toContainText('not an absolute URI');
    await sink.selectOption('Service/helloworld');
    await page.getByRole('button', { name: 'Create' }).click();

    await expect(page).toHaveURL(/\/topology\?selected=PingSource%2Fadd-e2e%2Fping-source/, NAV);
    await expect(page.getByTestId('topology-panel')).toContainText('ping-source');

    const pods = await core.listNamespacedPod({ namespace: ns, labelSelector: 'serving.knative.dev/service=helloworld' });
    const pod = pods.items.find((p) => p.status?.phase === 'Running' && !p.metadata?.deletionTimestamp);
    expect(pod, 'a running helloworld pod').toBeTruthy();
    const podName = pod!.metadata!.name!;
    // What kubectl logs would show, then the console's Logs tab of the same pod.
    await expect.poll(async () => core.readNamespacedPodLog({ namespace: ns, name: podName, container: 'user-container' }), { timeout: 20_000 })
      .toContain('type: dev.knative.sources.ping');
    await page.goto(`/ns/${ns}/pods/${podName}?tab=logs`);
    const logs = page.getByTestId('pod-logs');
    await expect(logs).toContainText('type: dev.knative.sources.ping', { timeout: 20_000 });
    await expect(logs).toContainText('ping from the add flow');
  });

  test('Broker and Channel forms check their fields and create', async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto(`/ns/${ns}/add/broker`);
    await page.locator('#broker-backoff-delay').fill('200ms');
    await expect(page.getByTestId('broker-backoff-delay-helper-error')).toContainText('ISO-8601');
    await page.locator('#broker-backoff-delay').fill('PT0.5S');
    await page.locator('#broker-retry').fill('3');
    await page.locator('#broker-dls').selectOption('Service/helloworld');
    await page.getByRole('button', { name: 'Create' }).click();
    await expect(page).toHaveURL(/\/topology\?selected=Broker%2Fadd-e2e%2Fdefault/, NAV);

    await page.goto(`/ns/${ns}/add/channel`);
    await page.locator('#channel-name').fill('Orders');
    await expect(page.getByTestId('channel-name-helper-error')).toContainText('RFC 1123');
    await page.locator('#channel-name').fill('orders');
    await page.getByRole('button', { name: 'Create' }).click();
    await expect(page).toHaveURL(/\/topology\?selected=Channel%2Fadd-e2e%2Forders/, NAV);
  });

  test('Import YAML creates, then updates, with a result per document', async ({ page }) => {
    test.setTimeout(120_000);
    const yaml = (greeting: string) => `apiVersion: v1
kind: ConfigMap
metadata:
  name: imported
data:
  greeting: ${greeting}
---
apiVersion: eventing.knative.dev/v1
kind: Trigger
metadata:
  name: bad-trigger
spec: {}
`;
    await page.goto(`/ns/${ns}/add/yaml`);
    await page.locator('textarea#import-yaml').fill(yaml('hello'));
    await expect(page.locator('#import-yaml-helper')).toContainText('2 documents');
    await page.getByRole('button', { name: 'Import' }).click();
    await expect(page.getByTestId('import-result-1')).toContainText('created');
    await expect(page.getByTestId('import-result-2')).toContainText('error');
    await expect(page.getByTestId('import-result-2')).toContainText(/spec\.(broker|subscriber)/);

    await page.locator('textarea#import-yaml').fill(yaml('bonjour'));
    await page.getByRole('button', { name: 'Import' }).click();
    await expect(page.getByTestId('import-result-1')).toContainText('updated');
    const cm = await core.readNamespacedConfigMap({ namespace: ns, name: 'imported' });
    expect(cm.data?.greeting).toBe('bonjour');
  });
});
