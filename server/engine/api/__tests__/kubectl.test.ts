import { execFile, spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEngine, type EngineHandle } from '../../../../test/engine-harness';

const KUBECTL = '/usr/bin/kubectl';
const haveKubectl = existsSync(KUBECTL);
if (!haveKubectl) console.warn(`skipping kubectl tests: ${KUBECTL} is not installed (Debian: apt-get install kubernetes-client)`);

const run = promisify(execFile);
let engine: EngineHandle;
let dir: string;

async function kubectl(...args: string[]): Promise<string> {
  const { stdout } = await run(KUBECTL, ['--kubeconfig', engine.kubeconfigPath, '--cache-dir', path.join(dir, 'cache'), ...args], { timeout: 20_000 });
  return stdout;
}

async function kubectlFails(...args: string[]): Promise<string> {
  try {
    await kubectl(...args);
  } catch (err) {
    return String((err as { stderr?: string }).stderr);
  }
  throw new Error(`kubectl ${args.join(' ')} should have failed`);
}

describe.skipIf(!haveKubectl)('stock kubectl against the engine', () => {
  beforeAll(async () => {
    engine = await startEngine();
    dir = mkdtempSync(path.join(os.tmpdir(), 'kubectl-'));
    writeFileSync(
      path.join(dir, 'ksvc.yaml'),
      'apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata:\n  name: hello\nspec:\n  template:\n    spec:\n      containers:\n        - image: ghcr.io/knative/helloworld-go\n',
    );
    writeFileSync(path.join(dir, 'broker.yaml'), 'apiVersion: eventing.knative.dev/v1\nkind: Broker\nmetadata:\n  name: default\n');
  });
  afterAll(async () => {
    await engine?.stop();
  });

  it('lists the engine kinds in api-resources', async () => {
    const out = await kubectl('api-resources');
    expect(out).toMatch(/services\s+kservice,ksvc\s+serving\.knative\.dev\/v1\s+true\s+Service/);
    expect(out).toMatch(/brokers\s+eventing\.knative\.dev\/v1\s+true\s+Broker/);
    expect(out).toMatch(/podautoscalers\s+kpa,pa/);
  });

  it('applies YAML with default validation, gets, patches and deletes', async () => {
    expect(await kubectl('apply', '-f', path.join(dir, 'ksvc.yaml'))).toBe('service.serving.knative.dev/hello created\n');
    expect(await kubectl('apply', '-f', path.join(dir, 'broker.yaml'))).toBe('broker.eventing.knative.dev/default created\n');
    expect(await kubectl('apply', '-f', path.join(dir, 'ksvc.yaml'))).toMatch(/hello (unchanged|configured)/);

    const listed = await kubectl('get', 'ksvc,broker', '-A');
    expect(listed).toMatch(/NAMESPACE\s+NAME\s+URL\s+LATESTCREATED\s+LATESTREADY\s+READY\s+REASON/);
    expect(listed).toMatch(/default\s+service\.serving\.knative\.dev\/hello/);
    expect(listed).toMatch(/default\s+broker\.eventing\.knative\.dev\/default/);

    const yaml = await kubectl('get', 'ksvc', 'hello', '-o', 'yaml');
    expect(yaml).toMatch(/kubectl\.kubernetes\.io\/last-applied-configuration/);
    expect(yaml).toMatch(/uid: [0-9a-f-]{36}/);

    await kubectl('patch', 'ksvc', 'hello', '--type', 'merge', '-p', '{"metadata":{"labels":{"tier":"web"}}}');
    await kubectl('patch', 'ksvc', 'hello', '--type', 'json', '-p', '[{"op":"add","path":"/metadata/labels/team","value":"blue"}]');
    expect(await kubectl('get', 'ksvc', '-l', 'tier=web,team in (blue)', '-o', 'name')).toBe('service.serving.knative.dev/hello\n');

    expect(await kubectl('delete', 'ksvc', 'hello')).toBe('service.serving.knative.dev "hello" deleted\n');
    expect(await kubectlFails('get', 'ksvc', 'hello')).toMatch(/services\.serving\.knative\.dev "hello" not found/);
  });

  it('prints a change made by another client in get -w', async () => {
    await engine.api('/api/v1/namespaces/default/configmaps', { method: 'POST', body: JSON.stringify({ metadata: { name: 'watched' }, data: { a: '1' } }) });
    const child = spawn(KUBECTL, ['--kubeconfig', engine.kubeconfigPath, '--cache-dir', path.join(dir, 'cache'), 'get', 'configmaps', 'watched', '-w', '--output-watch-events']);
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    try {
      const until = async (re: RegExp) => {
        const deadline = Date.now() + 10_000;
        while (!re.test(out) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
        return out;
      };
      await until(/ADDED\s+watched/);
      await engine.api('/api/v1/namespaces/default/configmaps/watched', {
        method: 'PATCH',
        headers: { 'content-type': 'application/merge-patch+json' },
        body: JSON.stringify({ data: { b: '2' } }),
      });
      expect(await until(/MODIFIED\s+watched\s+2/)).toMatch(/MODIFIED\s+watched\s+2/);
    } finally {
      child.kill();
    }
  });

  it('explains Knative kinds and shows pod logs', async () => {
    expect(await kubectl('explain', 'ksvc')).toMatch(/KIND:\s+Service[\s\S]*Service acts as a top-level container/);
    await engine.api('/api/v1/namespaces/default/pods', {
      method: 'POST',
      body: JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'logger' }, spec: { containers: [{ name: 'user-container', image: 'x' }] } }),
    });
    const file = path.join(engine.dataDir, 'logs', 'default', 'logger', 'user-container.log');
    mkdirSync(path.dirname(file), { recursive: true });
    // The runtime may run this pod and write to the same file; the line must be there either way.
    appendFileSync(file, 'hello from the pod\n');
    expect((await kubectl('logs', 'logger')).split('\n')).toContain('hello from the pod');
    expect(await kubectl('logs', 'logger', '--tail=1')).toMatch(/^[^\n]*\n$/);
  });

  it('creates namespaces, config maps and secrets with the typed commands, which send protobuf', async () => {
    expect(await kubectl('create', 'namespace', 'typed')).toBe('namespace/typed created\n');
    await kubectl('create', 'configmap', 'cfg', '-n', 'typed', '--from-literal=a=1');
    await kubectl('create', 'secret', 'generic', 'sec', '-n', 'typed', '--from-literal=password=s3cr3t');
    expect(await kubectl('get', 'configmap', 'cfg', '-n', 'typed', '-o', 'jsonpath={.data.a}')).toBe('1');
    expect(await kubectl('get', 'secret', 'sec', '-n', 'typed', '-o', 'jsonpath={.type} {.data.password}')).toBe(`Opaque ${Buffer.from('s3cr3t').toString('base64')}`);
    expect(await kubectlFails('create', 'deployment', 'web', '-n', 'typed', '--image=nginx')).toMatch(/send Deployment as JSON or YAML/);
  });

  it('is refused without the token', async () => {
    const kubeconfig = path.join(dir, 'no-token');
    writeFileSync(kubeconfig, readFileSync(engine.kubeconfigPath, 'utf8').replace(/token: \S+/, 'token: wrong'));
    const { stderr } = await run(KUBECTL, ['--kubeconfig', kubeconfig, 'get', 'ns']).catch((e) => e);
    expect(stderr).toMatch(/You must be logged in to the server|Unauthorized/);
  });
});
