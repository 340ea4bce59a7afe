import 'server-only';
import { lookup } from 'node:dns/promises';
import { forbiddenAddressReason, type GitLocation } from '@/lib/git/git-url';

/**
 * Why the console must not fetch from this repository's host, if it must not:
 * every address the host resolves to is checked, so a name pointing at the
 * cloud metadata service (169.254.169.254, fd00:ec2::254) is refused before git
 * runs. Redirects are disabled in git-cli for the same reason.
 */
export async function outboundRefusal(location: GitLocation): Promise<{ error: string; unreachable?: true } | undefined> {
  if (location.kind === 'local') return undefined;
  const { host } = location;
  const direct = forbiddenAddressReason(host);
  if (direct) return { error: `Refusing to fetch from ${host}: ${direct}` };
  let addresses: { address: string }[];
  try {
    addresses = await lookup(host, { all: true, verbatim: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { error: `Cannot reach the repository: the host ${host} could not be resolved${code ? ` (${code})` : ''}`, unreachable: true };
  }
  for (const { address } of addresses) {
    const reason = forbiddenAddressReason(address);
    if (reason) return { error: `Refusing to fetch from ${host}: it resolves to ${reason}` };
  }
  return undefined;
}
