import { rmSync } from 'node:fs';
import http from 'node:http';
import { CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import { createHelloRepos } from '../test/git-fixture';
import { expect, test } from './fixtures';

const ns = 'git-e2e';

/** GET through the engine's ingress with the app's Host, as http://NAME.NS.localhost:PORT would be. */
function viaIngress(ingressUrl: string, name: string): Promise<{ status: number; body: string }> {
  const u = new URL(ingressUrl);
  return new Promise((resolve, reject) => {
    http
      .get({ host: u.hostname, port: u.port, path: '/', headers: { host: `${name}.${ns}.localhost` } }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

test.describe('Import from Git', () => {
  let repos: ReturnType<typeof createHelloRepos>;

  test.beforeAll(async ({ e2e }) => {
    repos = createHelloRepos();
    const kc = new KubeConfig();
    kc.loadFromFile(e2e.kubeconfigPath);
    await kc.makeApiClient(CoreV1Api).createNamespace({ body: { metadata: { name: ns } } }).catch((e: { code?: number }) => {
      if (e.code !== 409) throw e;
    });
  });

  test.afterAll(() => rmSync(repos.root, { recursive: true, force: true }));

  test('imports a local repository and the app answers through the ingress; redeploys a new commit', async ({ page, e2e }) => {
    test.setTimeout(240_000);
    await page.goto(`/ns/${ns}/add`);
    await page.getByRole('link', { name: 'Import from Git' }).click();
    await page.waitForURL(`**/ns/${ns}/add/git`, { timeout: 30_000 });
    await page.locator('#import-git-url').fill(repos.repo);
    await expect(page.getByTestId('git-reachable')).toContainText('branch main at', { timeout: 30_000 });
    await expect(page.getByTestId('detected-runtimes')).toContainText('Node.js');
    await expect(page.locator('#import-git-name')).toHaveValue('hello-node');
    await page.getByRole('button', { name: 'Import' }).click();

    await expect(page.getByTestId('build-progress')).toBeVisible();
    await expect(page.getByTestId('build-log')).toContainText('Checked out', { timeout: 60_000 });
    await page.waitForURL(/\/topology\?selected=Service%2Fgit-e2e%2Fhello-node/, { timeout: 150_000 });
    await expect(page.locator('.react-flow__node[data-id="Service/git-e2e/hello-node"]')).toBeVisible({ timeout: 30_000 });
    expect(await viaIngress(e2e.ingressUrl, 'hello-node')).toEqual({ status: 200, body: 'Hello from git v1\n' });

    repos.commit('v2');
    await page.goto(`/ns/${ns}/services/hello-node`);
    await page.getByRole('button', { name: 'Redeploy from Git' }).click();
    await expect(page.getByTestId('build-success')).toBeVisible({ timeout: 150_000 });
    expect(await viaIngress(e2e.ingressUrl, 'hello-node')).toEqual({ status: 200, body: 'Hello from git v2\n' });
  });

  test('says at the URL field why a repository cannot be used', async ({ page }) => {
    await page.goto(`/ns/${ns}/add/git`);
    const url = page.locator('#import-git-url');
    const error = page.getByTestId('import-git-url-helper-error');

    await url.fill('ftp://example.com/repo.git');
    await expect(error).toContainText('The ftp: scheme is not a Git transport; use https, ssh or git');

    await url.fill('http://127.0.0.1:9/nothing.git');
    await expect(error).toContainText('Cannot reach the repository', { timeout: 30_000 });

    await url.fill('http://169.254.169.254/repo.git');
    await expect(error).toContainText('Refusing to fetch from 169.254.169.254', { timeout: 30_000 });

    await url.fill(repos.empty);
    await expect(error).toContainText('The repository is empty', { timeout: 30_000 });

    await url.fill(repos.repo);
    await page.locator('#import-git-ref').fill('no-such-branch');
    await expect(page.getByTestId('import-git-ref-helper-error')).toContainText('Ref "no-such-branch" not found in the repository (no such branch, tag or commit).', { timeout: 30_000 });
  });
});
