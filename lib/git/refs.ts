/** What `git ls-remote --symref` says a repository holds. */
export interface RemoteRefs {
  /** The default branch (HEAD's target) and its commit, if the repository has one. */
  head?: { branch?: string; commit: string };
  branches: Record<string, string>;
  /** Tag → the commit it points to (annotated tags peeled). */
  tags: Record<string, string>;
}

export type ResolvedRef =
  | { ok: true; kind: 'branch' | 'tag'; name: string; commit: string }
  /** A commit id: `commit` is the full id when an advertised ref points at it, else as typed. */
  | { ok: true; kind: 'commit'; name: string; commit: string; advertised: boolean }
  | { ok: false; empty?: true; error: string };

export const EMPTY_REPOSITORY = 'The repository is empty: it has no commits yet. Push a commit, then import it.';

export function parseLsRemote(output: string): RemoteRefs {
  const refs: RemoteRefs = { branches: {}, tags: {} };
  let headBranch: string | undefined;
  for (const line of output.split('\n')) {
    const [left, right] = line.split('\t');
    if (!right) continue;
    if (left.startsWith('ref: ')) {
      if (right === 'HEAD') headBranch = left.slice(5).replace(/^refs\/heads\//, '');
      continue;
    }
    if (right === 'HEAD') refs.head = { commit: left };
    else if (right.startsWith('refs/heads/')) refs.branches[right.slice(11)] = left;
    else if (right.startsWith('refs/tags/')) {
      const tag = right.slice(10);
      // `v1^{}` is the commit an annotated tag `v1` points to: it wins over the tag object.
      if (tag.endsWith('^{}')) refs.tags[tag.slice(0, -3)] = left;
      else refs.tags[tag] ??= left;
    }
  }
  if (refs.head && headBranch) refs.head.branch = headBranch;
  return refs;
}

const hex = /^[0-9a-f]{7,40}$/;

/**
 * Which commit a ref the user typed means: a branch, then a tag, then a commit
 * id; empty means the default branch. Only git can say whether an unadvertised
 * commit id exists, so such ids come back with `advertised: false`.
 */
export function resolveRef(refs: RemoteRefs, input = ''): ResolvedRef {
  const isEmpty = !refs.head && Object.keys(refs.branches).length === 0 && Object.keys(refs.tags).length === 0;
  if (isEmpty) return { ok: false, empty: true, error: EMPTY_REPOSITORY };
  const ref = input.trim();
  if (!ref) {
    if (refs.head?.branch && refs.branches[refs.head.branch]) return { ok: true, kind: 'branch', name: refs.head.branch, commit: refs.branches[refs.head.branch] };
    return { ok: false, error: 'The repository has no default branch (HEAD): enter a branch, tag or commit.' };
  }
  const short = ref.replace(/^refs\/(heads|tags)\//, '');
  if (!ref.startsWith('refs/tags/') && refs.branches[short]) return { ok: true, kind: 'branch', name: short, commit: refs.branches[short] };
  if (!ref.startsWith('refs/heads/') && refs.tags[short]) return { ok: true, kind: 'tag', name: short, commit: refs.tags[short] };
  if (hex.test(ref)) {
    const known = [...Object.values(refs.branches), ...Object.values(refs.tags)].find((c) => c.startsWith(ref));
    return { ok: true, kind: 'commit', name: ref, commit: known ?? ref, advertised: !!known };
  }
  return { ok: false, error: `Ref "${ref}" not found in the repository (no such branch, tag or commit).` };
}

/** A ref the git CLI can't mistake for an option or a revision expression. */
export function refFormatError(ref: string): string | undefined {
  if (ref.startsWith('-')) return 'A ref cannot start with "-"';
  if (/[\s~^:?*[\\]|\.\.|@\{/.test(ref) || ref.endsWith('/') || ref.endsWith('.lock')) return `"${ref}" is not a valid branch, tag or commit name`;
  return undefined;
}
