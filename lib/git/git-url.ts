/** Git repository locations the Import from Git form accepts, and why others are refused. */
export type GitLocation =
  | { kind: 'remote'; url: string; host: string; scheme: 'https' | 'http' | 'ssh' | 'git' }
  | { kind: 'local'; path: string };

export type ParsedGitUrl = { ok: true; location: GitLocation } | { ok: false; error: string };

/** `git@github.com:org/repo.git` — scp-like syntax, which `new URL` can't read. */
const scpLike = /^([A-Za-z0-9._-]+@)?([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|localhost):(?!\/\/)([\w.~/-]+)$/;

/**
 * Parses what a user typed as a Git URL. Local paths and file:// URLs are only
 * accepted when the console runs the embedded engine (`allowLocal`): on a real
 * cluster a build pod could not read the console's disk.
 */
export function parseGitUrl(input: string, opts: { allowLocal: boolean }): ParsedGitUrl {
  const s = input.trim();
  if (!s) return { ok: false, error: 'Required: a Git repository URL, e.g. https://github.com/org/repo' };
  if (s.startsWith('/') || s.startsWith('file://')) {
    if (!opts.allowLocal) {
      return { ok: false, error: 'Local repositories can only be imported when the console runs the embedded engine' };
    }
    const path = s.startsWith('file://') ? decodeURIComponent(new URL(s).pathname) : s;
    return { ok: true, location: { kind: 'local', path } };
  }
  const scp = scpLike.exec(s);
  if (scp && (scp[1] || scp[2].includes('.'))) {
    return { ok: true, location: { kind: 'remote', url: s, host: scp[2], scheme: 'ssh' } };
  }
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return { ok: false, error: 'Not a Git URL: use https://host/org/repo, ssh://git@host/org/repo or git@host:org/repo' };
  }
  const scheme = url.protocol.slice(0, -1);
  if (scheme !== 'https' && scheme !== 'http' && scheme !== 'ssh' && scheme !== 'git') {
    return { ok: false, error: `The ${scheme}: scheme is not a Git transport; use https, ssh or git` };
  }
  if (!url.hostname) return { ok: false, error: 'The URL has no host' };
  if (url.username && url.password) {
    return { ok: false, error: 'Put credentials in a Secret, not in the URL' };
  }
  return { ok: true, location: { kind: 'remote', url: s, host: url.hostname.replace(/^\[|\]$/g, ''), scheme } };
}

/**
 * Addresses a server-side fetch must never reach: link-local ranges, where
 * clouds serve instance metadata and credentials (169.254.169.254,
 * fd00:ec2::254), and the unspecified address.
 */
export function forbiddenAddressReason(address: string): string | undefined {
  const a = address.toLowerCase();
  if (/^169\.254\./.test(a)) return `${address} is a link-local address (cloud metadata lives there)`;
  if (a === '100.100.100.200') return `${address} is a cloud metadata address`;
  if (/^fe[89ab][0-9a-f]:/.test(a)) return `${address} is a link-local IPv6 address`;
  if (a === 'fd00:ec2::254') return `${address} is the EC2 metadata address`;
  if (a === '0.0.0.0' || a === '::') return `${address} is not a routable address`;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (mapped) return forbiddenAddressReason(mapped[1]);
  return undefined;
}
