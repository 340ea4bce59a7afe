import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { freePort, startEngine } from '../test/engine-harness';
import { ENV_VAR, type E2eEnv } from './env';

const root = path.resolve(import.meta.dirname, '..');

/** Waits until the console answers a real API call (which also proves it reads the engine's kubeconfig). */
async function waitForConsole(url: string, child: ChildProcess, logFile: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the console exited with ${child.exitCode}; see ${logFile}`);
    try {
      const res = await fetch(`${url}/api/kube/namespaces`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the console did not answer within ${timeoutMs / 1000}s; see ${logFile}`);
}

/**
 * next dev compiles each route on its first request and then reloads open pages; asking
 * for every route the tests use once, up front, keeps those reloads out of the tests.
 */
async function warmUp(url: string) {
  const paths = [
    '/ns/default/services', '/ns/default/services/warm-up', '/api/kube/services?namespace=default',
    '/api/kube/services/warm-up?namespace=default', '/api/watch-many?kinds=namespaces',
  ];
  for (const p of paths) {
    const ctl = new AbortController();
    const res = await fetch(url + p, { signal: ctl.signal }).catch(() => undefined);
    ctl.abort(); // the watch route streams forever; its headers are enough
    void res?.body?.cancel().catch(() => {});
  }
}

function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  try {
    process.kill(-child.pid!, 'SIGTERM');
  } catch {
    return Promise.resolve();
  }
  const force = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 5_000);
  return exited.finally(() => clearTimeout(force));
}

/**
 * A real engine (temp data dir, free ports) and the console on a free port: the
 * production build (`next start`), or `next dev` with E2E_DEV=1 for quick iteration.
 */
export default async function globalSetup() {
  const dev = process.env.E2E_DEV === '1';
  if (!dev && !existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    throw new Error('No production build: run `npm run build` first (or E2E_DEV=1 to use next dev).');
  }
  const engine = await startEngine();
  const port = await freePort();
  const consoleUrl = `http://127.0.0.1:${port}`;
  const logDir = path.join(root, 'test-results');
  mkdirSync(logDir, { recursive: true });
  const logFile = path.join(logDir, `console-${port}.log`);
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), dev ? 'dev' : 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: root,
    detached: true, // its own process group, so teardown stops every child it spawns
    env: { ...process.env, CONSOLE_DATA_DIR: engine.dataDir, CONSOLE_CLUSTER: '', PORT: String(port), NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);

  const teardown = async () => {
    await stopGroup(child);
    await engine.stop();
    rmSync(engine.dataDir, { recursive: true, force: true });
  };
  try {
    await waitForConsole(consoleUrl, child, logFile, dev ? 180_000 : 60_000);
    if (dev) await warmUp(consoleUrl);
  } catch (err) {
    await teardown();
    throw err;
  }
  const env: E2eEnv = { consoleUrl, apiUrl: engine.apiUrl, ingressUrl: engine.ingressUrl, dataDir: engine.dataDir, kubeconfigPath: engine.kubeconfigPath };
  process.env[ENV_VAR] = JSON.stringify(env);
  console.log(`e2e: console ${consoleUrl} (${dev ? 'next dev' : 'next start'}, log ${path.relative(root, logFile)}), engine ${engine.apiUrl}`);
  return teardown;
}
