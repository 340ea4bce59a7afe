/** Domains the app router answers for: Knative's default domain here, the cluster-local ones, and short forms. */
const SUFFIXES = ['.svc.cluster.local', '.localhost', '.svc'];

/**
 * `blue-hello.default.localhost` → `blue-hello.default`: the part that names a
 * route (or `TAG-ROUTE`) and its namespace, whichever domain form was used.
 * Undefined for hosts that are not `LABEL.NAMESPACE[.suffix]`.
 */
export function routeHostKey(hostname: string): string | undefined {
  let rest = hostname;
  for (const s of SUFFIXES) {
    if (rest.endsWith(s)) {
      rest = rest.slice(0, -s.length);
      break;
    }
  }
  const parts = rest.split('.');
  if (parts.length !== 2 || !parts[0] || !parts[1]) return undefined;
  return rest;
}

/** Whether the app router should claim the host (other fallbacks see the rest). */
export const isAppHost = (hostname: string) => SUFFIXES.some((s) => hostname.endsWith(s)) || hostname.split('.').length === 2;
