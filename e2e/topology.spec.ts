import { CoreV1Api, KubeConfig, type CustomObjectsApi } from '@kubernetes/client-node';
import type { Page } from '@playwright/test';
import { expect, helloService, ksvcApi, test } from './fixtures';

const ns = 'topo-e2e';
const brokerApi = { group: 'eventing.knative.dev', version: 'v1', plural: 'brokers' } as const;
const triggerApi = { group: 'eventing.knative.dev', version: 'v1', plural: 'triggers' } as const;
const pingApi = { group: 'sources.knative.dev', version: 'v1', plural: 'pingsources' } as const;

type Obj = { spec?: Record<string, unknown>; status?: { conditions?: { type: string; status: string }[] } };

async function seed(custom: CustomObjectsApi, core: CoreV1Api) {
  await core.createNamespace({ body: { metadata: { name: ns } } }).catch((e: { code?: number }) => {
    if (e.code !== 409) throw e;
  });
  await custom.createNamespacedCustomObject({ ...ksvcApi, namespace: ns, body: helloService('display', ns) });
  await custom.createNamespacedCustomObject({ ...ksvcApi, namespace: ns, body: helloService('orders', ns) });
  await custom.createNamespacedCustomObject({ ...brokerApi, namespace: ns, body: { apiVersion: 'eventing.knative.dev/v1', kind: 'Broker', metadata: { name: 'default', namespace: ns } } });
  await custom.createNamespacedCustomObject({
    ...pingApi,
    namespace: ns,
    body: {
      apiVersion: 'sources.knative.dev/v1',
      kind: 'PingSource',
      metadata: { name: 'ping', namespace: ns },
      spec: { schedule: '*/5 * * * *', data: '{"hello":"topology"}', contentType: 'application/json', sink: { ref: { apiVersion: 'eventing.knative.dev/v1', kind: 'Broker', name: 'default' } } },
    },
  });
}

const nodeSel = (id: string) => `.react-flow__node[data-id="${id}"]`;

/** A real pointer drag from one handle to another, in small steps as React Flow expects. */
async function dragHandle(page: Page, fromNode: string, toNode: string) {
  const from = page.locator(`${nodeSel(fromNode)} .react-flow__handle.source`);
  const to = page.locator(`${nodeSel(toNode)} .react-flow__handle.target`);
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + 30, a.y + 10, { steps: 5 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 15 });
  await page.mouse.up();
}

function ready(obj: Obj): boolean {
  return obj.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}

test.describe('topology', () => {
  let core: CoreV1Api;

  test.beforeAll(async ({ e2e }) => {
    const kc = new KubeConfig();
    kc.loadFromFile(e2e.kubeconfigPath);
    core = kc.makeApiClient(CoreV1Api);
  });

  test('shows seeded resources and wires them by dragging', async ({ page, custom, e2e }) => {
    // The dev server (E2E_DEV=1) compiles each route on first use, which on a busy machine takes minutes.
    test.setTimeout(process.env.E2E_DEV === '1' ? 480_000 : 180_000);
    await seed(custom, core);
    await page.goto(`/ns/${ns}/topology`);

    // The graph shows what was created through the API.
    for (const id of [`Service/${ns}/display`, `Service/${ns}/orders`, `Broker/${ns}/default`, `PingSource/${ns}/ping`]) {
      // Generous: the dev server (E2E_DEV=1) compiles the API routes on first use.
      await expect(page.locator(nodeSel(id))).toBeVisible({ timeout: 60_000 });
    }
    await expect(page.locator(`.react-flow__edge[data-id="sink:PingSource/${ns}/ping"]`)).toHaveCount(1);
    // Status arrives through the watch: the service card shows its URL once serving reconciled it.
    await expect(page.locator(nodeSel(`Service/${ns}/display`)).getByRole('link', { name: /display\.topo-e2e\.localhost/ })).toBeVisible({ timeout: 30_000 });

    // PingSource → service: the source's sink is patched.
    let navigations = 0;
    page.on('framenavigated', (f) => { if (f === page.mainFrame()) navigations++; });
    await dragHandle(page, `PingSource/${ns}/ping`, `Service/${ns}/display`);
    await expect
      .poll(async () => ((await custom.getNamespacedCustomObject({ ...pingApi, namespace: ns, name: 'ping' })) as Obj).spec?.sink, { timeout: 30_000 })
      .toMatchObject({ ref: { apiVersion: 'serving.knative.dev/v1', kind: 'Service', name: 'display' } });
    // The edge follows the watch (no reload).
    await expect(page.locator(`.react-flow__edge[data-id="sink:PingSource/${ns}/ping"]`)).toHaveAttribute('aria-label', /Service\/topo-e2e\/display/);
    // A source needs a sink (admission refuses `sink: null`): its edge's menu moves the sink, never clears it.
    await page.locator(`.react-flow__edge[data-id="sink:PingSource/${ns}/ping"] .react-flow__edge-interaction`).dispatchEvent('contextmenu', { clientX: 300, clientY: 300 });
    const menu = page.getByTestId('topology-context-menu');
    await expect(menu.getByRole('menuitem', { name: 'Move sink' })).toBeVisible();
    await expect(menu.getByRole('menuitem', { name: /clear/i })).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();

    // Broker → the other service: the dialog asks for a name and filters, then creates the Trigger.
    await dragHandle(page, `Broker/${ns}/default`, `Service/${ns}/orders`);
    const dialog = page.getByRole('dialog', { name: 'Add trigger' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Name').fill('on-orders');
    await expect(dialog.getByLabel('Attribute 1')).toHaveValue('type');
    await dialog.getByLabel('Value 1').fill('com.example.order');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toBeHidden();
    await expect
      .poll(async () => ((await custom.getNamespacedCustomObject({ ...triggerApi, namespace: ns, name: 'on-orders' }).catch(() => undefined)) as Obj | undefined)?.spec, { timeout: 30_000 })
      .toMatchObject({
        broker: 'default',
        filter: { attributes: { type: 'com.example.order' } },
        subscriber: { ref: { apiVersion: 'serving.knative.dev/v1', kind: 'Service', name: 'orders' } },
      });
    await expect(page.getByTestId(`edge-label-Trigger/${ns}/on-orders`)).toHaveText('type=com.example.order');
    expect(navigations).toBe(0);

    // An event of that type sent to the broker reaches the service (its pod logs it).
    await expect
      .poll(async () => ready((await custom.getNamespacedCustomObject({ ...triggerApi, namespace: ns, name: 'on-orders' })) as Obj), { timeout: 30_000 })
      .toBe(true);
    const id = `topology-e2e-${Date.now()}`;
    const res = await fetch(`${e2e.ingressUrl}/${ns}/default`, {
      method: 'POST',
      headers: { 'ce-specversion': '1.0', 'ce-type': 'com.example.order', 'ce-source': 'e2e/topology', 'ce-id': id, 'content-type': 'application/json' },
      body: JSON.stringify({ order: 42 }),
    });
    expect(res.status).toBe(202);
    await expect
      .poll(async () => {
        const pods = await core.listNamespacedPod({ namespace: ns, labelSelector: 'serving.knative.dev/service=orders' });
        const logs = await Promise.all(
          pods.items.map((p) => core.readNamespacedPodLog({ namespace: ns, name: p.metadata!.name!, container: 'user-container' }).catch(() => '')),
        );
        return logs.join('\n').includes(id);
      }, { timeout: 60_000, intervals: [500, 1000, 2000] })
      .toBe(true);
  });
});
