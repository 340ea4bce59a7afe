import http from 'node:http';
import { setHeaderOptions, type CustomObjectsApi } from '@kubernetes/client-node';
import type { Locator, Page } from '@playwright/test';
import type { KService } from '@/lib/resources/types';
import { expect, helloService, ksvcApi, test } from './fixtures';

const ns = 'default';
const mergePatch = setHeaderOptions('Content-Type', 'application/merge-patch+json');

async function getKsvc(custom: CustomObjectsApi, name: string): Promise<KService> {
  return (await custom.getNamespacedCustomObject({ ...ksvcApi, namespace: ns, name })) as KService;
}

/** Polls the Service until `done` holds, failing with the last status seen. */
async function waitForKsvc(custom: CustomObjectsApi, name: string, done: (s: KService) => boolean, timeoutMs = 60_000): Promise<KService> {
  const deadline = Date.now() + timeoutMs;
  let last: KService | undefined;
  while (Date.now() < deadline) {
    last = await getKsvc(custom, name);
    if (done(last)) return last;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`service ${name} never reached the expected state; last status: ${JSON.stringify(last?.status)}`);
}

const isReady = (s: KService) => s.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
const routed = (s: KService) => isReady(s) && (s.status?.observedGeneration ?? 0) >= (s.metadata.generation ?? 1);

/** Sends `count` GETs through the ingress with this Host header; counts answers by the revision they name. */
async function hitsByRevision(ingressUrl: string, host: string, count: number, concurrency = 8): Promise<Record<string, number>> {
  const { hostname, port } = new URL(ingressUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const tally: Record<string, number> = {};
  const once = () =>
    new Promise<void>((resolve, reject) => {
      const req = http.get({ hostname, port, path: '/', agent, headers: { host } }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => {
          const rev = res.statusCode === 200 ? (/^Revision: (\S+)$/m.exec(body)?.[1] ?? 'unnamed') : `HTTP ${res.statusCode}`;
          tally[rev] = (tally[rev] ?? 0) + 1;
          resolve();
        });
      });
      req.on('error', reject);
    });
  let sent = 0;
  const worker = async () => {
    while (sent < count) {
      sent++;
      await once();
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    agent.destroy();
  }
  return tally;
}

/** Drags a PatternFly slider's thumb with the mouse to `value` (0..100), then settles any rounding with the arrow keys. */
async function dragSlider(page: Page, row: Locator, thumb: Locator, value: number) {
  const rail = row.locator('.pf-v6-c-slider__rail');
  const r = (await rail.boundingBox())!;
  const t = (await thumb.boundingBox())!;
  // The slider maps the thumb's left edge over (rail width − thumb width).
  const x = r.x + (value / 100) * (r.width - t.width) + t.width / 2;
  await page.mouse.move(t.x + t.width / 2, t.y + t.height / 2);
  await page.mouse.down();
  await page.mouse.move(x, t.y + t.height / 2, { steps: 12 });
  await page.mouse.up();
  // The drag itself lands within a step or two of the value; arrows settle pixel rounding.
  expect(Math.abs(Number(await thumb.getAttribute('aria-valuenow')) - value)).toBeLessThanOrEqual(3);
  for (let i = 0; i < 5; i++) {
    const now = Number(await thumb.getAttribute('aria-valuenow'));
    if (now === value) return;
    await thumb.press(now < value ? 'ArrowRight' : 'ArrowLeft');
  }
}

test.describe('traffic editor', () => {
  test('80/20 split with a canary tag, applied through the editor and served by the ingress', async ({ page, custom, e2e }) => {
    test.setTimeout(240_000);
    const name = `split-${Date.now().toString(36)}`;
    const [rev1, rev2] = [`${name}-00001`, `${name}-00002`];

    // Two revisions: create the ksvc, then change its template.
    await custom.createNamespacedCustomObject({ ...ksvcApi, namespace: ns, body: helloService(name) });
    await waitForKsvc(custom, name, (s) => routed(s) && s.status?.latestReadyRevisionName === rev1);
    await custom.patchNamespacedCustomObject(
      { ...ksvcApi, namespace: ns, name, body: { spec: { template: { spec: { containers: [{ image: 'ghcr.io/knative/helloworld-go', env: [{ name: 'TARGET', value: 'v2' }] }] } } } } },
      mergePatch,
    );
    await waitForKsvc(custom, name, (s) => routed(s) && s.status?.latestReadyRevisionName === rev2);

    await page.goto(`/ns/${ns}/services/${name}`);
    await page.getByRole('button', { name: 'Set traffic distribution' }).first().click();
    const dialog = page.getByRole('dialog', { name: `Set traffic distribution: ${name}` });
    await expect(dialog).toBeVisible();

    // The Service starts at Knative's default: 100% to the latest ready revision. Pin it, add the older one.
    const rows = dialog.getByTestId('traffic-row');
    await expect(rows).toHaveCount(1);
    await rows.first().getByRole('combobox').selectOption(rev2);
    await dialog.getByRole('button', { name: 'Add revision' }).click();
    await expect(rows).toHaveCount(2);
    await expect(dialog.getByRole('button', { name: 'Add revision' })).toBeDisabled();

    const row1 = dialog.locator(`[data-testid="traffic-row"][data-target="${rev1}"]`);
    const row2 = dialog.locator(`[data-testid="traffic-row"][data-target="${rev2}"]`);
    await expect(row1.getByRole('spinbutton', { name: `Percent for ${rev1}` })).toHaveValue('0');

    await dragSlider(page, row1, row1.getByRole('slider', { name: `Traffic for ${rev1}` }), 80);
    await expect(row1.getByRole('slider', { name: `Traffic for ${rev1}` })).toHaveAttribute('aria-valuenow', '80');
    await expect(row2.getByRole('spinbutton', { name: `Percent for ${rev2}` })).toHaveValue('20');
    await expect(dialog.getByRole('img', { name: /Traffic split:/ })).toHaveAttribute('aria-label', `Traffic split: ${rev2} 20%, ${rev1} 80%`);

    // Tags are checked as typed, with Knative's words.
    const tag = row2.getByRole('textbox', { name: `Tag for ${rev2}` });
    await tag.fill('Canary');
    await expect(row2).toContainText('not a DNS 1035 label');
    await expect(dialog.getByRole('button', { name: 'Review changes' })).toBeDisabled();
    await tag.fill('canary');
    await expect(row2).not.toContainText('not a DNS 1035 label');

    await dialog.getByRole('button', { name: 'Review changes' }).click();
    const diff = dialog.getByTestId('traffic-diff');
    await expect(diff.locator('[data-kind="remove"]')).toContainText(['latestRevision: true', 'percent: 100']);
    await expect(diff.locator('[data-kind="add"]')).toContainText(['- tag: canary', `revisionName: ${rev2}`, 'percent: 20', `revisionName: ${rev1}`, 'percent: 80']);
    await dialog.getByRole('button', { name: 'Apply' }).click();

    // Applied: the tag's URL comes back from the route's status.
    await expect(dialog.getByText('Traffic distribution applied')).toBeVisible({ timeout: 30_000 });
    const port = new URL(e2e.ingressUrl).port;
    await expect(dialog.getByRole('textbox', { name: 'URL of tag canary' })).toHaveValue(`http://canary-${name}.${ns}.localhost:${port}`);

    const svc = await waitForKsvc(custom, name, routed);
    expect(svc.spec?.traffic).toEqual([
      { tag: 'canary', revisionName: rev2, latestRevision: false, percent: 20 },
      { revisionName: rev1, latestRevision: false, percent: 80 },
    ]);
    expect(svc.status?.traffic?.map((t) => `${t.revisionName} ${t.percent} ${t.tag ?? ''}`).sort()).toEqual([`${rev1} 80 `, `${rev2} 20 canary`]);

    // The data plane honours it: 1,000 requests split 80/20 within ±5 points…
    const total = 1000;
    const split = await hitsByRevision(e2e.ingressUrl, `${name}.${ns}.localhost`, total);
    console.log(`traffic split over ${total} requests: ${JSON.stringify(split)}`);
    expect(Object.keys(split).sort()).toEqual([rev1, rev2]);
    expect(Math.abs(split[rev1] / total - 0.8)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(split[rev2] / total - 0.2)).toBeLessThanOrEqual(0.05);
    // …and the tag host reaches only the canary revision.
    expect(await hitsByRevision(e2e.ingressUrl, `canary-${name}.${ns}.localhost`, 100)).toEqual({ [rev2]: 100 });

    // The service page shows the split the route serves.
    await dialog.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('tab', { name: 'Traffic' }).click();
    await expect(page.getByTestId('traffic-status')).toContainText(`canary-${name}.${ns}.localhost`);
    await page.getByRole('tab', { name: 'Revisions' }).click();
    await expect(page.getByTestId('service-revisions')).toContainText('80%');
    await expect(page.getByTestId('service-revisions')).toContainText('canary');

    await custom.deleteNamespacedCustomObject({ ...ksvcApi, namespace: ns, name });
  });

  test('from the Revisions list; the API\'s refusal is shown in the editor', async ({ page, custom }) => {
    const name = `refuse-${Date.now().toString(36)}`;
    await custom.createNamespacedCustomObject({ ...ksvcApi, namespace: ns, body: helloService(name) });
    await waitForKsvc(custom, name, routed);
    await page.goto(`/ns/${ns}/revisions`);
    await page.getByRole('button', { name: 'Set traffic distribution' }).click();
    await page.getByRole('menuitem', { name }).click();
    const dialog = page.getByRole('dialog', { name: `Set traffic distribution: ${name}` });
    await dialog.getByRole('combobox').selectOption(`${name}-00001`);
    await dialog.getByRole('button', { name: 'Review changes' }).click();
    // Someone deletes the service before the user applies: the API's NotFound is shown, the editor stays open.
    await custom.deleteNamespacedCustomObject({ ...ksvcApi, namespace: ns, name });
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await expect(dialog.getByText('The API refused the change')).toBeVisible();
    await expect(dialog).toContainText(`"${name}" not found`);
    await expect(dialog.getByRole('button', { name: 'Apply' })).toBeEnabled();
  });
});
