import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';
import { ENGINE_NODE_FLAGS } from '../server/engine/node-flags.mjs';
import { freePort } from '../server/engine/runtime/free-port';

/** A real engine process on free ports in a temp data dir, for integration tests and e2e. */
export interface EngineHandle {
  apiUrl: string;
  ingressUrl: string;
  apiPort: number;
  ingressPort: number;
  dataDir: string;
  kubeconfigPath: string;
  token: string;
  /** A client-node KubeConfig for the engine (what the console uses). */
  kubeConfig(): KubeConfig;
  /** fetch against the API with the bearer token. */
  api(pathname: string, init?: RequestInit): Promise<Response>;
  /** Graceful stop (SIGTERM), waiting for the process group to end. */
  stop(): Promise<void>;
  /** `kill -9` of the engine and every pod it runs. */
  kill(): Promise<void>;
  /** Starts the engine again on the same ports and data dir. */
  restart(): Promise<void>;
}

const root = path.resolve(import.meta.dirname, '..');

export { freePort };

export async function startEngine(opts: { dataDir?: string; env?: Record<string, string> } = {}): Promise<EngineHandle> {
  const dataDir = opts.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'engine-'));
  const apiPort = await freePort();
  const ingressPort = await freePort();
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const kubeconfigPath = path.join(dataDir, 'kubeconfig');
  let child: ChildProcess | undefined;

  async function launch() {
    const log = createWriteStream(path.join(dataDir, 'engine.log'), { flags: 'a' });
    child = spawn(process.execPath, [...ENGINE_NODE_FLAGS, '--import', 'tsx', 'server/engine/main.ts'], {
      cwd: root,
      detached: true, // its own process group, so kill() reaches the pods too
      env: {
        ...process.env,
        ENGINE_API_PORT: String(apiPort),
        ENGINE_INGRESS_PORT: String(ingressPort),
        CONSOLE_DATA_DIR: dataDir,
        ...opts.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`engine exited with ${child.exitCode}; see ${dataDir}/engine.log`);
      try {
        if ((await fetch(`${apiUrl}/readyz`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`engine not ready after 30s; see ${dataDir}/engine.log`);
  }

  async function signal(sig: NodeJS.Signals) {
    const c = child;
    if (!c || c.exitCode !== null || c.signalCode !== null) return;
    const exited = new Promise((r) => c.once('exit', r));
    try {
      process.kill(-c.pid!, sig);
    } catch {
      // already gone
    }
    await exited;
  }

  await launch();
  const token = /token: (\S+)/.exec(readFileSync(kubeconfigPath, 'utf8'))![1];

  return {
    apiUrl,
    ingressUrl: `http://127.0.0.1:${ingressPort}`,
    apiPort,
    ingressPort,
    dataDir,
    kubeconfigPath,
    token,
    kubeConfig() {
      const kc = new KubeConfig();
      kc.loadFromFile(kubeconfigPath);
      return kc;
    },
    api(pathname, init = {}) {
      const headers = new Headers(init.headers);
      headers.set('authorization', `Bearer ${token}`);
      return fetch(apiUrl + pathname, { ...init, headers });
    },
    stop: () => signal('SIGTERM'),
    kill: () => signal('SIGKILL'),
    async restart() {
      await signal('SIGTERM');
      await launch();
    },
  };
}
