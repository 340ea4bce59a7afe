import type { IncomingMessage, ServerResponse } from 'node:http';

type Matcher = (hostname: string, pathname: string) => boolean;
/** Handles a claimed request; gets the hostname the router already parsed. */
export type IngressHandler = (req: IncomingMessage, res: ServerResponse, hostname: string) => void;

/**
 * The ingress port serves apps (by Host), brokers (by path on the bare host) and
 * channels (by their own hosts). Each part claims its requests here; specific
 * routes win over fallbacks, so the app router can claim every `*.localhost`
 * host without shadowing the channels' hosts.
 */
export class IngressRouter {
  private readonly routes: { matches: Matcher; handler: IngressHandler }[] = [];
  private readonly fallbacks: { matches: Matcher; handler: IngressHandler }[] = [];

  addRoute(matches: Matcher, handler: IngressHandler) {
    this.routes.push({ matches, handler });
  }

  addFallback(matches: Matcher, handler: IngressHandler) {
    this.fallbacks.push({ matches, handler });
  }

  readonly handle = (req: IncomingMessage, res: ServerResponse) => {
    const hostname = hostnameOf(req.headers.host);
    const pathname = (req.url ?? '/').split('?')[0];
    const hit =
      this.routes.find((r) => r.matches(hostname, pathname)) ?? this.fallbacks.find((r) => r.matches(hostname, pathname));
    if (hit) return hit.handler(req, res, hostname);
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(`No route for host "${hostname}": no Knative Service, tag, broker or channel answers to it.\n`);
  };
}

/** `Host: hello.default.localhost:8080` → `hello.default.localhost` (lower case, no port). */
export function hostnameOf(host: string | undefined): string {
  if (!host) return '';
  const h = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0];
  return h.toLowerCase();
}

/** The engine's own address (`127.0.0.1`, `localhost`), where brokers are served by path. */
export const isBareHost = (hostname: string) => hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]' || hostname === '';
