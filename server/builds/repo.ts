import 'server-only';
import { parseLsRemote, type RemoteRefs, type ResolvedRef } from '@/lib/git/refs';
import { git, GitCommandError, type GitRemote } from './git-cli';

const LS_REMOTE_TIMEOUT_MS = 20_000;
const FETCH_TIMEOUT_MS = 180_000;

export async function listRemoteRefs(remote: GitRemote): Promise<RemoteRefs> {
  const out = await git(['ls-remote', '--symref', '--', remote.url], { remote, timeoutMs: LS_REMOTE_TIMEOUT_MS });
  return parseLsRemote(out);
}

export type CheckedOutRef = Extract<ResolvedRef, { ok: true }>;

export class RefNotFoundError extends Error {}

/**
 * Puts the commit `ref` names into `dir` (a new directory) with the least
 * history: a shallow clone of a branch or tag, a shallow fetch of a full commit
 * id, and a full clone only for an abbreviated id no ref points at. Returns
 * the full commit id checked out.
 */
export async function fetchRef(remote: GitRemote, ref: CheckedOutRef, dir: string, opts: { checkout: boolean; onLine?(line: string): void }): Promise<string> {
  const run = (args: string[], cwd?: string) => git(args, { remote, cwd, timeoutMs: FETCH_TIMEOUT_MS, onLine: opts.onLine });
  const noCheckout = opts.checkout ? [] : ['--no-checkout', '--filter=blob:none'];
  if (ref.kind !== 'commit') {
    await run(['clone', '--progress', '--depth', '1', '--single-branch', '--no-tags', '--branch', ref.name, ...noCheckout, '--', remote.url, dir]);
  } else {
    await run(['init', '--quiet', dir]);
    let fetched = false;
    if (ref.commit.length === 40) {
      try {
        await run(['fetch', '--progress', '--depth', '1', ...(opts.checkout ? [] : ['--filter=blob:none']), '--', remote.url, ref.commit], dir);
        fetched = true;
      } catch (err) {
        // Some servers only serve advertised tips; fall back to the whole history.
        if (!(err instanceof GitCommandError)) throw err;
        opts.onLine?.('The server does not serve commits by id; fetching the whole history');
      }
    }
    if (!fetched) await run(['fetch', '--progress', '--', remote.url, '+refs/heads/*:refs/remotes/origin/*', '+refs/tags/*:refs/tags/*'], dir);
    let commit: string;
    try {
      commit = (await git(['rev-parse', '--verify', '--quiet', `${fetched ? 'FETCH_HEAD' : ref.commit}^{commit}`], { cwd: dir })).trim();
    } catch {
      throw new RefNotFoundError(`Ref "${ref.name}" not found in the repository (no such branch, tag or commit).`);
    }
    await run(opts.checkout ? ['checkout', '--quiet', '--detach', commit] : ['update-ref', '--no-deref', 'HEAD', commit], dir);
  }
  return (await git(['rev-parse', 'HEAD'], { cwd: dir })).trim();
}

/** The names in a directory of the checked-out (or blob-less) commit: '' is the root. */
export async function listTree(dir: string, contextDir: string): Promise<{ name: string; type: 'blob' | 'tree' | 'commit' }[] | undefined> {
  let out: string;
  try {
    out = await git(['ls-tree', '-z', `HEAD:${contextDir}`], { cwd: dir });
  } catch {
    return undefined;
  }
  return out
    .split('\0')
    .filter(Boolean)
    .map((entry) => {
      const [meta, name] = entry.split('\t');
      return { name, type: meta.split(' ')[1] as 'blob' | 'tree' | 'commit' };
    });
}

