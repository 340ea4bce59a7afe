/** Where a load run connects and what Host it names. */
export interface LoadTarget {
  origin: string;
  /** Host header; absent when the URL's own host resolves to the service. */
  host?: string;
}

/**
 * The connection for a Knative Service's status.url. `*.localhost` names
 * resolve to loopback (RFC 6761), which is where the engine's ingress
 * listens, routing by the Host header, so connect to 127.0.0.1 on the URL's
 * port and send the name as Host. Any other URL (a cluster's route through
 * its ingress) is used as it is.
 */
export function loadTarget(statusUrl: string): LoadTarget {
  const u = new URL(statusUrl);
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error(`unsupported URL scheme ${u.protocol}`);
  if (u.hostname === 'localhost' || !u.hostname.endsWith('.localhost')) return { origin: u.origin };
  const port = u.port || (u.protocol === 'https:' ? '443' : '80');
  return { origin: `${u.protocol}//127.0.0.1:${port}`, host: u.host };
}
