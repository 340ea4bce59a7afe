import 'server-only';
import { spawn } from 'node:child_process';

/** Runs one build command (no shell) in `cwd`, streaming its output lines; rejects with the exit status. */
export function runStep(command: string[], opts: { cwd: string; env: Record<string, string>; timeoutMs: number; onLine(line: string): void }): Promise<void> {
  return new Promise((resolve, reject) => {
    opts.onLine(`$ ${command.join(' ')}`);
    const child = spawn(command[0], command.slice(1), { cwd: opts.cwd, env: opts.env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let partial = '';
    const onData = (d: Buffer) => {
      const parts = (partial + d.toString('utf8')).split(/\r?\n|\r/);
      partial = parts.pop() ?? '';
      for (const p of parts) opts.onLine(p);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs);
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(new Error((err as NodeJS.ErrnoException).code === 'ENOENT' ? `${command[0]} is not installed on the console's machine` : err.message));
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      if (partial) opts.onLine(partial);
      if (code === 0) resolve();
      else reject(new Error(signal === 'SIGKILL' ? `${command.join(' ')} timed out after ${Math.round(opts.timeoutMs / 60_000)} minutes` : `${command.join(' ')} exited with code ${code}`));
    });
  });
}

/** Whether a command can run here (e.g. `python3 -m pip --version`). */
export function canRun(command: string[], env: Record<string, string>): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), { env: env as NodeJS.ProcessEnv, stdio: 'ignore' });
    child.once('error', () => resolve(false));
    child.once('close', (code) => resolve(code === 0));
  });
}
