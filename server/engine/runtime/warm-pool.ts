import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const BOOTSTRAP = path.join(import.meta.dirname, 'bootstrap.mjs');

/** The environment a pod starts from: enough to run programs, nothing of the engine's own. */
export function baseEnv(): Record<string, string> {
  const keep = ['PATH', 'HOME', 'LANG', 'TZ', 'TMPDIR', 'USER'];
  return Object.fromEntries(keep.filter((k) => process.env[k] !== undefined).map((k) => [k, process.env[k]!]));
}

/**
 * Idle `node bootstrap.mjs` processes, forked ahead of need: a pod start takes
 * one and sends it the program to load, so scale-from-zero pays for loading a
 * module, not for starting Node.js. The pool refills in the background.
 */
export class WarmPool {
  private readonly idle: ChildProcess[] = [];
  private stopped = false;

  constructor(private readonly size: number) {
    this.refill();
  }

  take(): ChildProcess {
    const child = this.idle.shift() ?? this.fork();
    setImmediate(() => this.refill());
    return child;
  }

  stop() {
    this.stopped = true;
    for (const c of this.idle.splice(0)) c.kill('SIGKILL');
  }

  private refill() {
    while (!this.stopped && this.idle.length < this.size) {
      const c = this.fork();
      this.idle.push(c);
      c.once('exit', () => {
        const i = this.idle.indexOf(c);
        if (i >= 0) this.idle.splice(i, 1);
      });
    }
  }

  private fork(): ChildProcess {
    const c: ChildProcess = spawn(process.execPath, [BOOTSTRAP], { stdio: ['ignore', 'pipe', 'pipe', 'ipc'] as const, env: baseEnv() as NodeJS.ProcessEnv });
    c.on('error', (err) => console.error('[runtime] warm process failed to start:', err));
    return c;
  }
}
