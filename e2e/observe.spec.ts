import type { CustomObjectsApi } from '@kubernetes/client-node';
import type { Locator, Page } from '@playwright/test';
import { expect, ksvcApi, test } from './fixtures';

const ns = 'default';

/** A ksvc that reacts within seconds: a 6 s stable window, a low target (10) and a ceiling that spares a 2-core machine. */
async function createScalingService(custom: CustomObjectsApi, name: string) {
  await custom.createNamespacedCustomObject({
    ...ksvcApi,
    namespace: ns,
    body: {
      apiVersion: 'serving.knative.dev/v1',
      kind: 'Service',
      metadata: { name, namespace: ns },
      spec: {
        template: {
          metadata: { annotations: { 'autoscaling.knative.dev/window': '6s', 'autoscaling.knative.dev/target': '10', 'autoscaling.knative.dev/max-scale': '6' } },
          spec: { containers: [{ image: 'ghcr.io/knative/autoscale-go:latest' }] },
        },
      },
    },
  });
  for (let i = 0; i < 600; i++) {
    const s = (await custom.getNamespacedCustomObject({ ...ksvcApi, namespace: ns, name })) as { status?: { conditions?: { type: string; status: string }[] } };
    if (s.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True')) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`ksvc ${name} never became Ready`);
}

/** The latest values a chart draws (its data-latest attribute). */
async function latest(chart: Locator): Promise<Record<string, number>> {
  const raw = await chart.getAttribute('data-latest');
  return raw ? (JSON.parse(raw) as Record<string, number>) : {};
}

async function fillRun(page: Page, o: { concurrency: string; duration: string; path: string }) {
  await page.fill('#load-concurrency', o.concurrency);
  await page.fill('#load-duration', o.duration);
  await page.fill('#load-path', o.path);
  await page.getByRole('button', { name: 'Start' }).click();
}

/**
 * Records, in the page, how long after a sample was taken the pods chart shows it:
 * on each change of data-last-sample, wait for the next frame to be painted and
 * compare the wall clock with the sample's timestamp (browser and console server
 * share the machine's clock).
 */
async function recordDataToPixel(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __lag: number[] };
    w.__lag = [];
    const el = document.querySelector('[data-testid="chart-pods"]')!;
    new MutationObserver(() => {
      const t = Number(el.getAttribute('data-last-sample'));
      if (!t) return;
      requestAnimationFrame(() => setTimeout(() => w.__lag.push(Date.now() - t), 0));
    }).observe(el, { attributes: true, attributeFilter: ['data-last-sample'] });
  });
}

/** Prints (and returns) the data-to-pixel latencies recorded so far. */
async function reportLag(page: Page): Promise<number[]> {
  const lag = await page.evaluate(() => (window as unknown as { __lag: number[] }).__lag);
  console.log(`observe e2e: data-to-pixel latency over ${lag.length} samples: p50 ${pct(lag, 50)} ms, p95 ${pct(lag, 95)} ms, max ${Math.max(...lag)} ms`);
  return lag;
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];

test.describe('Observe', () => {
  test('load from Send traffic scales the service on the live charts; a second run is cancelled', async ({ page, custom }) => {
    test.setTimeout(240_000);
    const name = 'observe-scale';
    await createScalingService(custom, name);
    let recording = false;
    try {
      await page.goto(`/ns/${ns}/services/${name}?tab=observe`);
      const pods = page.getByTestId('chart-pods');
      await expect(page.getByTestId('metrics-live')).toBeVisible({ timeout: 60_000 });
      await expect(pods).not.toHaveAttribute('data-last-sample', '', { timeout: 15_000 });
      await recordDataToPixel(page);
      recording = true;

      // Run 1: 100 concurrent for 20 s on ?sleep=500.
      await fillRun(page, { concurrency: '100', duration: '20', path: '/?sleep=500' });
      const summary = page.getByTestId('run-summary');
      await expect(summary).toHaveAttribute('data-state', 'running');
      const started = Date.now();

      // Desired pods rise above 1, then actual pods follow, while the run is still going.
      await expect.poll(async () => (await latest(pods)).desired ?? 0, { timeout: 20_000, intervals: [250] }).toBeGreaterThan(1);
      const desiredAt = Date.now() - started;
      await expect.poll(async () => (await latest(pods)).actual ?? 0, { timeout: 20_000, intervals: [250] }).toBeGreaterThan(1);
      const actualAt = Date.now() - started;
      console.log(`observe e2e: desired > 1 after ${(desiredAt / 1000).toFixed(1)} s, actual > 1 after ${(actualAt / 1000).toFixed(1)} s of the run`);
      expect(actualAt, 'actual pods followed within the 20 s run').toBeLessThan(20_000);
      await expect(summary).toHaveAttribute('data-state', 'running');
      // The y axis of the pods chart was stretched past 1 by what it plots.
      const ticks = (await pods.locator('.recharts-yAxis-tick-labels text').allTextContents()).map(Number);
      expect(Math.max(...ticks)).toBeGreaterThan(1);

      // The other charts draw the load too.
      await expect.poll(async () => Object.entries(await latest(page.getByTestId('chart-requests'))).find(([k]) => k.startsWith(name))?.[1] ?? 0, { timeout: 10_000 }).toBeGreaterThan(10);
      await expect.poll(async () => (await latest(page.getByTestId('chart-latency'))).p50 ?? 0, { timeout: 10_000 }).toBeGreaterThanOrEqual(400);
      await expect(page.getByTestId('observe-pods')).not.toHaveAttribute('data-count', '1');

      await expect(summary).toHaveAttribute('data-state', 'succeeded', { timeout: 30_000 });
      await expect(page.getByTestId('run-status-200')).toBeVisible();
      const lag = await reportLag(page);
      expect(lag.length).toBeGreaterThanOrEqual(15);
      expect(pct(lag, 95)).toBeLessThanOrEqual(1000);

      // Run 2: cancelled midway, it stops sending.
      await fillRun(page, { concurrency: '20', duration: '120', path: '/?sleep=200' });
      await expect(summary).toHaveAttribute('data-state', 'running');
      await expect.poll(async () => Number(await summary.getAttribute('data-completed')), { timeout: 10_000 }).toBeGreaterThan(20);
      await page.getByRole('button', { name: 'Cancel' }).click();
      await expect(summary).toHaveAttribute('data-state', 'cancelled', { timeout: 10_000 });
      const done = Number(await summary.getAttribute('data-completed'));
      await page.waitForTimeout(1500);
      expect(Number(await summary.getAttribute('data-completed'))).toBe(done);
      await expect(page.getByRole('button', { name: 'Start' })).toBeEnabled();
      recording = false;
    } finally {
      if (recording) await reportLag(page).catch(() => undefined);
      await custom.deleteNamespacedCustomObject({ ...ksvcApi, namespace: ns, name });
    }
  });

  test('the load route refuses unknown services, out-of-bounds input and a second concurrent run', async ({ request, custom }) => {
    const missing = await request.post(`/api/send-traffic/${ns}/no-such-service`, { data: { concurrency: 1, stopAfter: 'requests', requests: 1, path: '/' } });
    expect(missing.status()).toBe(404);
    expect((await missing.json()).details.causes[0].field).toBe('service');

    const tooMany = await request.post(`/api/send-traffic/${ns}/no-such-service`, { data: { concurrency: 5000, stopAfter: 'duration', durationSeconds: 9999, path: '/' } });
    expect(tooMany.status()).toBe(400);
    const fields = (await tooMany.json()).details.causes.map((c: { field: string }) => c.field);
    expect(fields).toEqual(expect.arrayContaining(['body.concurrency', 'body.durationSeconds']));

    const name = 'observe-busy';
    await createScalingService(custom, name);
    try {
      const body = { concurrency: 2, stopAfter: 'duration', durationSeconds: 30, path: '/' };
      expect((await request.post(`/api/send-traffic/${ns}/${name}`, { data: body })).status()).toBe(201);
      const second = await request.post(`/api/send-traffic/${ns}/${name}`, { data: body });
      expect(second.status()).toBe(409);
      expect((await second.json()).message).toMatch(/already sending traffic/);
      expect((await request.delete(`/api/send-traffic/${ns}/${name}`)).status()).toBe(200);
    } finally {
      await custom.deleteNamespacedCustomObject({ ...ksvcApi, namespace: ns, name });
    }
  });

  test('the namespace Observe page charts every service and the event flow', async ({ page, custom, e2e }) => {
    test.setTimeout(120_000);
    const name = 'observe-ns';
    const eventing = { group: 'eventing.knative.dev', version: 'v1', namespace: ns } as const;
    await createScalingService(custom, name);
    await custom.createNamespacedCustomObject({ ...eventing, plural: 'brokers', body: { apiVersion: 'eventing.knative.dev/v1', kind: 'Broker', metadata: { name: 'observe-broker' } } });
    await custom.createNamespacedCustomObject({
      ...eventing,
      plural: 'triggers',
      body: {
        apiVersion: 'eventing.knative.dev/v1', kind: 'Trigger', metadata: { name: 'observe-trigger' },
        spec: { broker: 'observe-broker', subscriber: { ref: { apiVersion: 'serving.knative.dev/v1', kind: 'Service', name } } },
      },
    });
    let sending = true;
    try {
      await page.goto(`/ns/${ns}/observe`);
      const pods = page.getByTestId(`${name}-chart-pods`);
      await expect.poll(async () => (await latest(pods)).actual ?? 0, { timeout: 30_000 }).toBeGreaterThanOrEqual(1);

      // Events into the broker, a few a second, while the charts are watched.
      const sender = (async () => {
        for (let i = 0; sending; i++) {
          await fetch(`${e2e.ingressUrl}/${ns}/observe-broker`, {
            method: 'POST',
            headers: { 'ce-specversion': '1.0', 'ce-type': 'dev.observe.e2e', 'ce-source': 'e2e', 'ce-id': `e-${i}`, 'content-type': 'application/json' },
            body: JSON.stringify({ i }),
          }).catch(() => undefined);
          await new Promise((r) => setTimeout(r, 100));
        }
      })();
      await expect.poll(async () => (await latest(page.getByTestId('chart-events-ingress')))['observe-broker accepted'] ?? 0, { timeout: 30_000 }).toBeGreaterThan(1);
      await expect.poll(async () => (await latest(page.getByTestId('chart-events-delivery')))['observe-broker/observe-trigger delivered'] ?? 0, { timeout: 30_000 }).toBeGreaterThan(1);
      sending = false;
      await sender;

      await page.getByRole('button', { name: 'Pause' }).click();
      const frozen = await pods.getAttribute('data-last-sample');
      await page.waitForTimeout(2_500);
      expect(await pods.getAttribute('data-last-sample')).toBe(frozen);
      await page.getByRole('button', { name: 'Resume' }).click();
      await expect(pods).not.toHaveAttribute('data-last-sample', frozen!, { timeout: 5_000 });
    } finally {
      sending = false;
      await custom.deleteNamespacedCustomObject({ ...eventing, plural: 'triggers', name: 'observe-trigger' }).catch(() => undefined);
      await custom.deleteNamespacedCustomObject({ ...eventing, plural: 'brokers', name: 'observe-broker' }).catch(() => undefined);
      await custom.deleteNamespacedCustomObject({ ...ksvcApi, namespace: ns, name });
    }
  });
});
