/**
 * Addresses in status (`http://hello.default.svc.cluster.local`,
 * `http://hello.default.localhost:8080`, `http://127.0.0.1:8080/ns/broker`) all
 * land on the engine's one ingress. Nothing on a laptop resolves
 * `*.svc.cluster.local`, so anything the engine (or a pod it runs) sends to such
 * a URL connects to the ingress and keeps the URL's host in the Host header.
 */
export interface IngressTarget {
  /** Where to connect. */
  origin: string;
  /** The Host header to send (routing key for the ingress). */
  host: string;
  path: string;
}

const routedSuffixes = ['.svc.cluster.local', '.localhost'];

export function toIngressTarget(url: string, ingressPort: number): IngressTarget {
  const u = new URL(url);
  const routed = routedSuffixes.some((s) => u.hostname.endsWith(s));
  return {
    origin: routed ? `http://127.0.0.1:${ingressPort}` : u.origin,
    host: routed ? u.hostname : u.host,
    path: u.pathname + u.search,
  };
}
