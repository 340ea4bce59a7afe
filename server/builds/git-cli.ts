import 'server-only';
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import type { GitLocation } from '@/lib/git/git-url';

/** A repository as the git CLI is pointed at it. */
export interface GitRemote {
  /** What git fetches from: the URL as typed, or file:// for a local path (so --depth is honoured). */
  url: string;
  local: boolean;
}

export const remoteOf = (location: GitLocation): GitRemote =>
  location.kind === 'local' ? { url: pathToFileURL(location.path).href, local: true } : { url: location.url, local: false };

export class GitCommandError extends Error {
  constructor(
    readonly args: string[],
    readonly stderr: string,
    readonly exitCode: number | null,
  ) {
    super(`git ${args[0]} failed (${exitCode ?? 'killed'}): ${stderr.trim().split('\n').pop() ?? ''}`);
  }
}

/**
 * The environment git runs with: no prompts (a private repo fails instead of
 * hanging), only Git transports (GIT_ALLOW_PROTOCOL: no ext::, no fd::; file
 * only for a local path), ssh in batch mode.
 */
function gitEnv(remote: GitRemote | undefined): Record<string, string | undefined> {
  const keep = ['PATH', 'HOME', 'TMPDIR', 'SSH_AUTH_SOCK'];
  return {
    ...Object.fromEntries(keep.filter((k) => process.env[k]).map((k) => [k, process.env[k]])),
    LANG: 'C',
    LC_ALL: 'C',
    GIT_TERMINAL_PROMPT: '0',
    GIT_ALLOW_PROTOCOL: remote?.local ? 'file' : 'https:http:ssh:git',
    GIT_SSH_COMMAND: 'ssh -o BatchMode=yes -o StrictHostKeyChecking=accept-new -o ConnectTimeout=15',
  };
}

/** Config for every call: no redirects (a 30x to a metadata address would bypass the address check). */
function configArgs(remote: GitRemote | undefined): string[] {
  return ['-c', 'http.followRedirects=false', '-c', 'advice.detachedHead=false', ...(remote?.local ? ['-c', 'protocol.file.allow=always'] : [])];
}

export interface RunOptions {
  cwd?: string;
  remote?: GitRemote;
  timeoutMs?: number;
  /** Each line git prints (stdout and stderr; progress updates split on \r). */
  onLine?(line: string): void;
}

/** Runs git (no shell) and resolves with its stdout; rejects with GitCommandError carrying stderr. */
export function git(args: string[], opts: RunOptions = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...configArgs(opts.remote), ...args], { cwd: opts.cwd, env: gitEnv(opts.remote) as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let partial = '';
    const lines = (chunk: string) => {
      if (!opts.onLine) return;
      const parts = (partial + chunk).split(/\r?\n|\r/);
      partial = parts.pop() ?? '';
      for (const p of parts) if (p.trim()) opts.onLine(p);
    };
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString('utf8');
      lines(d.toString('utf8'));
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString('utf8');
      lines(d.toString('utf8'));
    });
    const timer = setTimeout(() => {
      stderr += `\nfatal: timed out after ${Math.round((opts.timeoutMs ?? 0) / 1000)}s (connection timed out)`;
      child.kill('SIGKILL');
    }, opts.timeoutMs ?? 120_000);
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(new GitCommandError(args, `fatal: cannot run git: ${err.message}`, null));
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      if (partial.trim()) opts.onLine?.(partial);
      if (code === 0) resolve(stdout);
      else reject(new GitCommandError(args, stderr, code));
    });
  });
}
