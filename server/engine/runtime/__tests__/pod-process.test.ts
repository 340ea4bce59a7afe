import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../free-port';
import { PodProcess, type ContainerState } from '../pod-process';
import { SAMPLE_WORKLOAD } from '../programs';
import { WarmPool } from '../warm-pool';

const dir = mkdtempSync(path.join(os.tmpdir(), 'pod-process-'));
const pool = new WarmPool(1);
afterAll(() => pool.stop());

function podProcess(name: string, programPath: string, port: number, env: Record<string, string> = {}) {
  const states: ContainerState[] = [];
  const proc = new PodProcess(
    {
      namespace: 'default',
      podName: name,
      containerName: 'user-container',
      programPath,
      env: { PATH: process.env.PATH ?? '', POD_NAME: name, ...env },
      logFile: path.join(dir, name, 'user-container.log'),
      pidFile: path.join(dir, `${name}.pid`),
      pool,
      onChange: (s) => states.push(structuredClone(s)),
    },
    port,
  );
  return { proc, states };
}

const until = async (cond: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('PodProcess', () => {
  it('runs the sample workload on its port, becomes ready fast and logs requests', async () => {
    const port = await freePort();
    const { proc, states } = podProcess('hello', SAMPLE_WORKLOAD, port, { TARGET: 'Pod', K_REVISION: 'hello-00001' });
    const t0 = performance.now();
    proc.start();
    await until(() => states.some((s) => s.ready));
    const readyMs = performance.now() - t0;
    expect(readyMs).toBeLessThan(2000);
    const body = await (await fetch(`http://127.0.0.1:${port}/`)).text();
    expect(body).toBe('Hello Pod!\nRevision: hello-00001\nPod: hello\n');
    expect(readFileSync(path.join(dir, 'hello.pid'), 'utf8')).toMatch(/^\d+$/);
    await until(() => readFileSync(path.join(dir, 'hello', 'user-container.log'), 'utf8').includes('GET / 200'));
    await proc.stop(1000);
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
  });

  it('restarts a crashing container with backoff and shows CrashLoopBackOff', async () => {
    const crasher = path.join(dir, 'crash.mjs');
    writeFileSync(crasher, "console.error('cannot start: missing DATABASE_URL'); process.exit(3);\n");
    const { proc, states } = podProcess('crash', crasher, await freePort());
    proc.start();
    await until(() => states.some((s) => s.restartCount >= 2), 8000);
    const crashed = states.find((s) => s.waiting?.reason === 'CrashLoopBackOff')!;
    expect(crashed.lastTerminated).toMatchObject({ exitCode: 3, reason: 'Error', message: 'cannot start: missing DATABASE_URL' });
    expect(crashed.ready).toBe(false);
    await proc.stop(500);
  }, 15_000);

  it('reads a CloudEvent like event-display', async () => {
    const port = await freePort();
    const { proc, states } = podProcess('display', SAMPLE_WORKLOAD, port);
    proc.start();
    await until(() => states.some((s) => s.ready));
    const res = await fetch(`http://127.0.0.1:${port}/`, {
      method: 'POST',
      headers: { 'ce-specversion': '1.0', 'ce-id': '42', 'ce-source': '/demo', 'ce-type': 'dev.example.hi', 'content-type': 'application/json' },
      body: JSON.stringify({ msg: 'hi' }),
    });
    expect(res.status).toBe(202);
    expect(await res.text()).toBe('');
    const log = path.join(dir, 'display', 'user-container.log');
    await until(() => readFileSync(log, 'utf8').includes('Data,'));
    expect(readFileSync(log, 'utf8')).toContain(
      '☁️  cloudevents.Event\nValidation: valid\nContext Attributes,\n  specversion: 1.0\n  type: dev.example.hi\n  source: /demo\n  id: 42\n  datacontenttype: application/json\nData,\n  {\n    "msg": "hi"\n  }',
    );
    await proc.stop(1000);
  });
});
