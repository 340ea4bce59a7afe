import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildRecord } from '@/lib/builds/types';
import { importGitSchema, type ImportGitInput } from '@/lib/schemas/import-git';
import { startEngine, type EngineHandle } from '@/test/engine-harness';
import { createHelloRepos } from '@/test/git-fixture';
import type { StatusError } from '@/server/kube/status';
import { findBuildRun } from '../build-runs';
import { detectBuildSystem } from '../build-system';
import { startImport, startRedeploy } from '../import-git';

let engine: EngineHandle;
let repos: ReturnType<typeof createHelloRepos>;
const ns = 'default';

beforeAll(async () => {
  engine = await startEngine();
  process.env.CONSOLE_DATA_DIR = engine.dataDir;
  delete process.env.CONSOLE_CLUSTER;
  repos = createHelloRepos();
}, 60_000);

afterAll(async () => {
  await engine?.stop();
  if (engine) rmSync(engine.dataDir, { recursive: true, force: true });
  if (repos) rmSync(repos.root, { recursive: true, force: true });
});

/** GET through the engine's ingress, addressed by Host as the app URL http://NAME.NS.localhost is. */
function viaIngress(name: string): Promise<{ status: number; body: string }> {
  const u = new URL(engine.ingressUrl);
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

async function finished(build: BuildRecord, timeoutMs = 90_000): Promise<BuildRecord> {
  const run = findBuildRun(build.id)!;
  const deadline = Date.now() + timeoutMs;
  while (!run.done) {
    if (Date.now() > deadline) throw new Error(`build ${build.id} still ${run.record.phase}:\n${run.record.lines.join('\n')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return run.snapshot();
}

const input = (patch: Partial<ImportGitInput>) => importGitSchema.parse({ namespace: ns, name: 'hello-git', gitUrl: repos.repo, ...patch });

async function refusal(p: Promise<unknown>) {
  const err = (await p.then(() => undefined, (e) => e)) as StatusError | undefined;
  if (!err) throw new Error('expected the import to be refused');
  return { code: err.code, field: err.causes?.[0]?.field, message: err.message };
}

async function ksvc(name: string) {
  const res = await engine.api(`/apis/serving.knative.dev/v1/namespaces/${ns}/services/${name}`);
  return res.status === 404 ? undefined : ((await res.json()) as { metadata: { annotations: Record<string, string> }; spec: { template: { spec: { containers: { image: string }[] } } }; status: { latestReadyRevisionName?: string } });
}

describe('Import from Git on the embedded engine', () => {
  it('builds a local repository into a service that answers with the app itself, then redeploys a new commit', async () => {
    const started = await startImport(input({ application: 'shop', scaling: { min: 1 } }));
    expect(started).toMatchObject({ phase: 'Pending', kind: 'create', system: 'embedded', ref: 'main' });
    const build = await finished(started);
    expect(build.phase, build.lines.join('\n')).toBe('Succeeded');
    expect(build).toMatchObject({ commit: repos.first, runtime: 'nodejs', image: `images.engine.local/${ns}/hello-git:${repos.first.slice(0, 12)}`, nodeId: `Service/${ns}/hello-git` });
    expect(build.lines).toEqual(expect.arrayContaining(['No dependencies to install.']));
    expect(await viaIngress('hello-git')).toEqual({ status: 200, body: 'Hello from git v1\n' });

    const svc = (await ksvc('hello-git'))!;
    expect(svc.metadata.annotations).toMatchObject({ 'console.serverless.dev/git-url': repos.repo, 'console.serverless.dev/git-ref': 'main', 'console.serverless.dev/git-commit': repos.first, 'console.serverless.dev/runtime': 'nodejs' });
    const image = JSON.parse(readFileSync(path.join(engine.dataDir, 'images', ns, 'hello-git', repos.first, 'image.json'), 'utf8'));
    expect(image).toMatchObject({ command: ['npm', 'start'], workingDir: 'app', commit: repos.first, ref: 'main' });

    const second = repos.commit('v2');
    const redeploy = await finished(await startRedeploy(ns, 'hello-git'));
    expect(redeploy.phase, redeploy.lines.join('\n')).toBe('Succeeded');
    expect(redeploy.commit).toBe(second);
    const updated = (await ksvc('hello-git'))!;
    expect(updated.spec.template.spec.containers[0].image).toBe(`images.engine.local/${ns}/hello-git:${second.slice(0, 12)}`);
    expect(updated.status.latestReadyRevisionName).toBe('hello-git-00002');
    expect(await viaIngress('hello-git')).toEqual({ status: 200, body: 'Hello from git v2\n' });
  }, 180_000);

  it('builds a Python app from a context dir and runs it with python3', async () => {
    repos.git('checkout', '-q', '-b', 'python');
    mkdirSync(path.join(repos.repo, 'services', 'py'), { recursive: true });
    writeFileSync(path.join(repos.repo, 'services', 'py', 'requirements.txt'), '# no dependencies yet\n');
    writeFileSync(
      path.join(repos.repo, 'services', 'py', 'app.py'),
      [
        'import os',
        'from http.server import BaseHTTPRequestHandler, HTTPServer',
        'class H(BaseHTTPRequestHandler):',
        '    def do_GET(self):',
        '        body = ("Hello from python " + os.environ.get("K_REVISION", "?") + "\\n").encode()',
        '        self.send_response(200)',
        '        self.send_header("content-length", str(len(body)))',
        '        self.end_headers()',
        '        self.wfile.write(body)',
        'HTTPServer(("127.0.0.1", int(os.environ["PORT"])), H).serve_forever()',
        '',
      ].join('\n'),
    );
    repos.commit('python');
    repos.git('checkout', '-q', 'main');
    const build = await finished(await startImport(input({ name: 'hello-py', ref: 'python', contextDir: 'services/py/' })));
    expect(build.phase, build.lines.join('\n')).toBe('Succeeded');
    expect(build.runtime).toBe('python');
    expect(await viaIngress('hello-py')).toEqual({ status: 200, body: 'Hello from python hello-py-00001\n' });
    expect((await ksvc('hello-py'))!.metadata.annotations['console.serverless.dev/git-context-dir']).toBe('services/py');
  }, 120_000);

  it('refuses what it cannot build before anything is created', async () => {
    expect(await refusal(startImport(input({ name: 'x1', ref: 'no-such-ref' })))).toEqual({ code: 422, field: 'ref', message: 'Ref "no-such-ref" not found in the repository (no such branch, tag or commit).' });
    expect(await refusal(startImport(input({ name: 'x2', gitUrl: repos.empty })))).toMatchObject({ code: 422, field: 'gitUrl', message: expect.stringMatching(/The repository is empty/) });
    expect(await refusal(startImport(input({ name: 'x3', gitUrl: 'http://169.254.169.254/repo.git' })))).toMatchObject({ code: 422, field: 'gitUrl', message: expect.stringMatching(/Refusing to fetch from 169\.254\.169\.254/) });
    expect(await refusal(startImport(input({}))).then((r) => r.field)).toBe('name');
    expect(await refusal(startImport(input({ name: 'x4', env: [{ source: 'value', name: 'A', value: '1' }], scaling: { min: 1, max: 0 }, runtime: 'go' })))).toMatchObject({ field: 'runtime' });
    for (const name of ['x1', 'x2', 'x3', 'x4']) expect(await ksvc(name)).toBeUndefined();
  });

  it('leaves no service and no image when the build fails', async () => {
    repos.git('checkout', '-q', '-b', 'broken');
    writeFileSync(path.join(repos.repo, 'package.json'), JSON.stringify({ name: 'broken' }));
    repos.git('rm', '-q', 'server.js');
    repos.commit('broken');
    repos.git('checkout', '-q', 'main');
    const build = await finished(await startImport(input({ name: 'broken-app', ref: 'broken' })));
    expect(build).toMatchObject({ phase: 'Failed', failedIn: 'Installing', message: expect.stringMatching(/Nothing to start/) });
    expect(await ksvc('broken-app')).toBeUndefined();
    const dir = path.join(engine.dataDir, 'images', ns, 'broken-app');
    expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([]);
  }, 60_000);

  it('shows a pod whose local image is gone as ImagePullBackOff, as a node would', async () => {
    const body = { apiVersion: 'serving.knative.dev/v1', kind: 'Service', metadata: { name: 'ghost', namespace: ns }, spec: { template: { spec: { containers: [{ image: 'images.engine.local/default/ghost:abcdef012345' }] } } } };
    expect((await engine.api(`/apis/serving.knative.dev/v1/namespaces/${ns}/services`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } })).status).toBe(201);
    type Pod = { status?: { containerStatuses?: { state?: { waiting?: { reason?: string; message?: string } } }[] } };
    let waiting: { reason?: string; message?: string } | undefined;
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline && waiting?.reason !== 'ImagePullBackOff') {
      const pods = (await (await engine.api(`/api/v1/namespaces/${ns}/pods?labelSelector=serving.knative.dev/service%3Dghost`)).json()) as { items: Pod[] };
      waiting = pods.items[0]?.status?.containerStatuses?.[0]?.state?.waiting;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(waiting).toEqual({ reason: 'ImagePullBackOff', message: expect.stringMatching(/failed to pull image "images\.engine\.local\/default\/ghost:abcdef012345": not found in the engine's image store/) });
  }, 30_000);
});

describe('Import from Git on a cluster without a build system', () => {
  it('says so before anything is built, and refuses local repositories', async () => {
    process.env.CONSOLE_CLUSTER = '1';
    process.env.KUBECONFIG = engine.kubeconfigPath;
    try {
      expect(await detectBuildSystem()).toEqual({ kind: 'none', allowLocal: false, message: expect.stringMatching(/^No build system is installed on this cluster: .*Shipwright/) });
      expect(await refusal(startImport(input({ name: 'on-cluster' })))).toMatchObject({ code: 422, message: expect.stringMatching(/No build system is installed/) });
      expect(await ksvc('on-cluster')).toBeUndefined();
    } finally {
      delete process.env.CONSOLE_CLUSTER;
      delete process.env.KUBECONFIG;
    }
  });
});
