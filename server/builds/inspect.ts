import 'server-only';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { detectRuntimes, type RuntimeInfo } from '@/lib/git/detect-runtime';
import { describeGitFailure } from '@/lib/git/git-errors';
import { parseGitUrl, type GitLocation } from '@/lib/git/git-url';
import { resolveRef } from '@/lib/git/refs';
import { contextDirError, normalizeContextDir } from '@/lib/schemas/import-git';
import { StatusError } from '@/server/kube/status';
import { GitCommandError, remoteOf, type GitRemote } from './git-cli';
import { outboundRefusal } from './outbound';
import { fetchRef, listRemoteRefs, listTree, RefNotFoundError, type CheckedOutRef } from './repo';

/** What the form shows after looking at a repository. */
export interface Inspection {
  url: string;
  local: boolean;
  ref: { kind: 'branch' | 'tag' | 'commit'; name: string; commit: string };
  defaultBranch?: string;
  branches: string[];
  tags: string[];
  contextDir: string;
  /** Entries at the root of the context dir (directories end in /). */
  files: string[];
  runtimes: RuntimeInfo[];
}

/** A problem with what the user typed, addressed to the form field it concerns. */
export const fieldError = (field: 'gitUrl' | 'ref' | 'contextDir' | 'runtime' | 'outputImage', message: string, code = 422) =>
  new StatusError(code, code === 422 ? 'Invalid' : 'BadRequest', message, [{ field, message, reason: 'FieldValueInvalid' }]);

/** Parses and vets the URL: the scheme, local paths only on the embedded engine, no metadata addresses. */
export async function vetGitUrl(url: string, allowLocal: boolean): Promise<{ location: GitLocation; remote: GitRemote }> {
  const parsed = parseGitUrl(url, { allowLocal });
  if (!parsed.ok) throw fieldError('gitUrl', parsed.error);
  const refusal = await outboundRefusal(parsed.location);
  if (refusal) throw fieldError('gitUrl', refusal.error);
  return { location: parsed.location, remote: remoteOf(parsed.location) };
}

/** Which commit the ref means, from the advertised refs (ls-remote): unreachable, empty and unknown refs end here. */
export async function resolveRemoteRef(url: string, remote: GitRemote, ref: string | undefined) {
  let refs;
  try {
    refs = await listRemoteRefs(remote);
  } catch (err) {
    if (err instanceof GitCommandError) throw fieldError('gitUrl', describeGitFailure(err.stderr, url));
    throw err;
  }
  const resolved = resolveRef(refs, ref);
  if (!resolved.ok) throw fieldError(resolved.empty ? 'gitUrl' : 'ref', resolved.error);
  return { refs, resolved };
}

/** Fetch errors as field errors: an unknown commit at the ref, anything else at the URL. */
export function fetchFailure(err: unknown, url: string): unknown {
  if (err instanceof RefNotFoundError) return fieldError('ref', err.message);
  if (err instanceof GitCommandError) return fieldError('gitUrl', describeGitFailure(err.stderr, url));
  return err;
}

/**
 * Looks at a repository without building it: reachability and refs
 * (ls-remote), then a blob-less shallow fetch of the ref to list the context
 * dir and detect the runtime. Nothing is kept.
 */
export async function inspectRepository(input: { url: string; ref?: string; contextDir?: string; allowLocal: boolean }): Promise<Inspection> {
  const url = input.url.trim();
  const ctxError = contextDirError(input.contextDir ?? '');
  if (ctxError) throw fieldError('contextDir', ctxError);
  const contextDir = normalizeContextDir(input.contextDir ?? '');
  const { location, remote } = await vetGitUrl(url, input.allowLocal);
  const { refs, resolved } = await resolveRemoteRef(url, remote, input.ref);
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'console-inspect-'));
  try {
    const dir = path.join(tmp, 'repo');
    let commit: string;
    try {
      commit = await fetchRef(remote, resolved as CheckedOutRef, dir, { checkout: false });
    } catch (err) {
      throw fetchFailure(err, url);
    }
    const entries = await listTree(dir, contextDir);
    if (!entries) throw fieldError('contextDir', `The context dir "${contextDir}" is not a directory in ${resolved.name} (${commit.slice(0, 7)})`);
    const files = entries.map((e) => (e.type === 'tree' ? `${e.name}/` : e.name)).sort();
    return {
      url,
      local: location.kind === 'local',
      ref: { kind: resolved.kind, name: resolved.name, commit },
      defaultBranch: refs.head?.branch,
      branches: Object.keys(refs.branches).sort().slice(0, 100),
      tags: Object.keys(refs.tags).sort().slice(0, 100),
      contextDir,
      files: files.slice(0, 200),
      runtimes: detectRuntimes(entries.filter((e) => e.type === 'blob').map((e) => e.name)),
    };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
