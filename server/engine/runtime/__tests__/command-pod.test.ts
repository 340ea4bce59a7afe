import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../free-port';
import { resolveLocalImage, RUN_COMMAND } from '../local-images';
import { PodProcess, type ContainerState } from '../pod-process';
import { WarmPool } from '../warm-pool';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'command-pod-'));
const pool = new WarmPool(0);
afterAll(() => pool.stop());

const until = async (cond: () => boolean, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

/** An image the way Import from Git stores it: an `npm start` app whose child is the real server. */
function npmImage() {
  const dir = path.join(dataDir, 'images', 'demo', 'hello', '0123456789abcdef0123456789abcdef01234567');
  mkdirSync(path.join(dir, 'app'), { recursive: true });
  writeFileSync(path.join(dir, 'app', 'package.json'), JSON.stringify({ name: 'hello', scripts: { start: 'node server.js' } }));
  writeFileSync(
    path.join(dir, 'app', 'server.js'),
    "require('node:http').createServer((q, s) => s.end(`hi from ${process.cwd().split('/').pop()} ${process.env.GREETING} ${process.env.K_SINK}`)).listen(process.env.PORT);\n" +
      "require('node:fs').writeFileSync('server.pid', String(process.pid));\n",
  );
  writeFileSync(path.join(dir, 'image.json'), JSON.stringify({ runtime: 'nodejs', command: ['npm', 'start'], workingDir: 'app', env: { GREETING: 'image-env', npm_config_update_notifier: 'false' } }));
  return dir;
}

describe('a pod running a local image command', () => {
  it('serves on PORT from the image working dir with image and pod env, and stop ends the whole tree', async () => {
    const dir = npmImage();
    const local = resolveLocalImage(dataDir, 'images.engine.local/demo/hello:0123456789ab');
    if (!local || 'error' in local) throw new Error(`no program: ${JSON.stringify(local)}`);
    const { program } = local;
    const port = await freePort();
    const states: ContainerState[] = [];
    const proc = new PodProcess(
      {
        namespace: 'demo',
        podName: 'hello-pod',
        containerName: 'user-container',
        programPath: program.programPath,
        args: program.args,
        cwd: program.cwd,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...program.env, K_SINK: 'http://sink' },
        logFile: path.join(dataDir, 'logs', 'user-container.log'),
        pidFile: path.join(dataDir, 'hello.pid'),
        pool,
        onChange: (s) => states.push(structuredClone(s)),
      },
      port,
    );
    proc.start();
    await until(() => states.some((s) => s.ready));
    expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe('hi from app image-env http://sink');
    const serverPid = Number(readFileSync(path.join(dir, 'app', 'server.pid'), 'utf8'));
    await proc.stop(3000);
    await until(() => !existsSync(`/proc/${serverPid}`) || readFileSync(`/proc/${serverPid}/stat`, 'utf8').split(' ')[2] === 'Z', 3000);
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
  }, 20_000);

  it('crash-loops with a clear message when the command does not exist', async () => {
    const states: ContainerState[] = [];
    const proc = new PodProcess(
      {
        namespace: 'demo',
        podName: 'missing',
        containerName: 'user-container',
        programPath: RUN_COMMAND,
        args: ['no-such-runtime-xyz', 'app.py'],
        env: { PATH: process.env.PATH ?? '' },
        logFile: path.join(dataDir, 'logs', 'missing.log'),
        pidFile: path.join(dataDir, 'missing.pid'),
        pool,
        onChange: (s) => states.push(structuredClone(s)),
      },
      await freePort(),
    );
    proc.start();
    await until(() => states.some((s) => s.waiting?.reason === 'CrashLoopBackOff'));
    const crashed = states.find((s) => s.waiting?.reason === 'CrashLoopBackOff')!;
    expect(crashed.lastTerminated).toMatchObject({ exitCode: 127, message: expect.stringContaining('"no-such-runtime-xyz": executable file not found') });
    await proc.stop(500);
  }, 15_000);
});
