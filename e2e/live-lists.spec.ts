import { stringify } from 'yaml';
import { expect, helloService, ksvcApi, test } from './fixtures';

const ns = 'default';

test.describe('live resource lists', () => {
  test('a ksvc created through the API appears without reload, and disappears when deleted', async ({ page, custom }) => {
    await page.goto(`/ns/${ns}/services`);
    await expect(page.getByRole('heading', { level: 1, name: 'Services' })).toBeVisible();
    await expect(page.getByTestId('target-badge')).toHaveText('embedded engine');
    // The list is loaded and its watch synced before the object exists.
    await expect(page.getByTestId('watch-status')).toHaveText('Live');
    const row = page.getByTestId('row-live-a');
    await expect(row).toHaveCount(0);

    let navigations = 0;
    page.on('framenavigated', (f) => { if (f === page.mainFrame()) navigations++; });

    const created = Date.now();
    await custom.createNamespacedCustomObject({ ...ksvcApi, namespace: ns, body: helloService('live-a') });
    await expect(row).toBeVisible({ timeout: 3_000 });
    test.info().annotations.push({ type: 'create-to-row', description: `${Date.now() - created} ms` });
    // Status arrives from the controllers through the same watch: the URL column fills in.
    await expect(row.getByRole('link', { name: /live-a\.default\.localhost/ })).toBeVisible({ timeout: 15_000 });

    const deleted = Date.now();
    await custom.deleteNamespacedCustomObject({ ...ksvcApi, namespace: ns, name: 'live-a' });
    await expect(row).toHaveCount(0, { timeout: 3_000 });
    test.info().annotations.push({ type: 'delete-to-gone', description: `${Date.now() - deleted} ms` });
    expect(navigations).toBe(0);
  });

  test('deleting from the row kebab asks first, then removes the row', async ({ page, custom }) => {
    await custom.createNamespacedCustomObject({ ...ksvcApi, namespace: ns, body: helloService('kebab-del') });
    await page.goto(`/ns/${ns}/services`);
    await expect(page.getByTestId('watch-status')).toHaveText('Live');
    const row = page.getByTestId('row-kebab-del');
    await expect(row).toBeVisible();
    await row.getByRole('button', { name: 'Kebab toggle' }).click();
    await page.getByRole('menuitem', { name: 'Delete Service' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('kebab-del will be deleted');
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(row).toHaveCount(0, { timeout: 3_000 });
    await expect(custom.getNamespacedCustomObject({ ...ksvcApi, namespace: ns, name: 'kebab-del' })).rejects.toMatchObject({ code: 404 });
  });
});

test.describe('YAML editor', () => {
  test('a stale save shows the server\'s 409 Conflict; reload then save succeeds', async ({ page, custom }) => {
    await custom.createNamespacedCustomObject({ ...ksvcApi, namespace: ns, body: helloService('yaml-stale') });
    await page.goto(`/ns/${ns}/services/yaml-stale?tab=yaml`);
    const editor = page.getByTestId('yaml-editor');
    await expect(editor).toContainText('name: yaml-stale');
    await expect(page.getByTestId('watch-status')).toHaveText('Live');

    // Someone else changes the object after the editor loaded it.
    await custom.patchNamespacedCustomObject(
      { ...ksvcApi, namespace: ns, name: 'yaml-stale', body: { metadata: { labels: { changed: 'elsewhere' } } } },
      (await import('@kubernetes/client-node')).setHeaderOptions('Content-Type', 'application/merge-patch+json'),
    );
    await expect(page.getByText('This object has changed since you loaded it.')).toBeVisible();

    await page.getByRole('button', { name: 'Save' }).click();
    const alert = page.getByTestId('status-alert');
    await expect(alert).toContainText('Conflict');
    await expect(alert).toContainText('the object has been modified');

    await page.getByRole('button', { name: 'Reload' }).first().click();
    await expect(editor).toContainText('changed: elsewhere');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(/Saved yaml-stale; resource version/)).toBeVisible();
  });

  test('an invalid edit shows the server\'s 422 with the field it names', async ({ page, custom }) => {
    await custom.createNamespacedCustomObject({ ...ksvcApi, namespace: ns, body: helloService('yaml-invalid') });
    await page.goto(`/ns/${ns}/services/yaml-invalid?tab=yaml`);
    const editor = page.getByTestId('yaml-editor');
    await expect(editor).toContainText('name: yaml-invalid');

    const current = (await custom.getNamespacedCustomObject({ ...ksvcApi, namespace: ns, name: 'yaml-invalid' })) as { metadata: Record<string, unknown> };
    const edited = { ...current, metadata: { ...current.metadata, labels: { ...(current.metadata.labels as object), tier: 'not valid!' } } };
    await editor.locator('.cm-content').click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText(stringify(edited));
    await page.getByRole('button', { name: 'Save' }).click();

    const alert = page.getByTestId('status-alert');
    await expect(alert).toContainText('Invalid');
    await expect(alert).toContainText('metadata.labels');
    await expect(page.getByText(/Saved yaml-invalid/)).toHaveCount(0);
  });
});
