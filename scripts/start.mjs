#!/usr/bin/env node
// `npm start`: builds the console when the build is missing or stale, then runs the
// embedded engine and the console together; Ctrl-C stops both.
//   npm start -- --cluster   use KUBECONFIG / in-cluster config instead of the engine
//   npm run dev              the same with `next dev` (no build)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ENGINE_NODE_FLAGS } from '../server/engine/node-flags.mjs';

const root = path.resolve(import.meta.dirname, '..');
const args = new Set(process.argv.slice(2));
const cluster = args.has('--cluster');
const dev = args.has('--dev');
const port = process.env.PORT ?? '3000';
const apiPort = process.env.ENGINE_API_PORT ?? '6443';
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

/** Newest modification time under the console's sources (the engine runs from source). */
function newestSource() {
  let newest = 0;
  const visit = (p) => {
    const st = statSync(p);
    if (st.isDirectory()) {
      if (p === path.join(root, 'server', 'engine')) return;
      for (const entry of readdirSync(p)) visit(path.join(p, entry));
    } else if (!/\.test\.tsx?$/.test(p)) {
      newest = Math.max(newest, st.mtimeMs);
    }
  };
  for (const dir of ['app', 'components', 'lib', 'server', 'public']) {
    if (existsSync(path.join(root, dir))) visit(path.join(root, dir));
  }
  for (const file of ['next.config.js', 'package.json', 'package-lock.json', 'tsconfig.json']) {
    if (existsSync(path.join(root, file))) newest = Math.max(newest, statSync(path.join(root, file)).mtimeMs);
  }
  return newest;
}

function buildIfStale() {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  if (existsSync(buildId) && statSync(buildId).mtimeMs >= newestSource()) return;
  console.log(existsSync(buildId) ? 'Sources changed since the last build; rebuilding…' : 'Building the console…');
  const result = spawnSync(process.execPath, [nextBin, 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const children = [];
let stopping = false;

function run(name, argv, env = {}) {
  const child = spawn(process.execPath, argv, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`${name} exited (${signal ?? code}); stopping.`);
    stop(code ?? 1);
  });
  children.push(child);
  return child;
}

function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  const force = setTimeout(() => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    process.exit(code);
  }, 10_000);
  force.unref();
  Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null))).then(() =>
    process.exit(code),
  );
}

async function waitForEngine() {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${apiPort}/readyz`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the engine did not become ready on :${apiPort} within 60s`);
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

if (!dev) buildIfStale();
if (!cluster) {
  run('engine', [...ENGINE_NODE_FLAGS, '--import', 'tsx', 'server/engine/main.ts']);
  await waitForEngine();
}
run('console', [nextBin, dev ? 'dev' : 'start', '--hostname', '127.0.0.1', '--port', port], cluster ? { CONSOLE_CLUSTER: '1' } : {});
console.log(`Serverless Console: http://127.0.0.1:${port}${cluster ? '' : `  (embedded engine API http://127.0.0.1:${apiPort})`}`);
