import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

export const runDir = (dataDir: string) => path.join(dataDir, 'run', 'pods');
export const pidFileFor = (dataDir: string, namespace: string, pod: string) => path.join(runDir(dataDir), `${namespace}_${pod}.pid`);

/**
 * Kills the pods a previous engine left running (it was killed before it could
 * stop them). Only processes that are still our bootstrap are signalled, so a
 * recycled pid never hits an unrelated process.
 */
export function killLeftoverPods(dataDir: string): number {
  const dir = runDir(dataDir);
  mkdirSync(dir, { recursive: true });
  let killed = 0;
  for (const f of readdirSync(dir)) {
    const file = path.join(dir, f);
    const pid = Number(readFileSync(file, 'utf8').trim());
    rmSync(file, { force: true });
    if (!Number.isInteger(pid) || pid <= 0) continue;
    try {
      const cmd = commandOf(pid);
      if (!cmd.includes('bootstrap.mjs')) continue;
      process.kill(pid, 'SIGKILL');
      killed++;
    } catch {
      // already gone
    }
  }
  return killed;
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    // no procfs (macOS): ask ps
    return execFileSync('ps', ['-p', String(pid), '-o', 'command='], { encoding: 'utf8' });
  }
}
