import { Exchange, reply, type ExchangeDeps } from './exchange';
import { routeHostKey } from './host';
import { pickByWeight } from './pick';
import type { RouteTable } from './route-table';
import type { IngressHandler } from './router';

export interface HandlerDeps extends ExchangeDeps {
  table: RouteTable;
}

/**
 * The app router: Host → route → revision (by tag or weight), then an
 * Exchange takes the request through the activator / breaker to a pod.
 * Everything it reads is in memory: a few map lookups per request.
 */
export function createAppHandler(deps: HandlerDeps): IngressHandler {
  const { table } = deps;

  return (req, res, hostname) => {
    const key = routeHostKey(hostname);
    const hit = key ? table.hosts.get(key) : undefined;
    if (!hit) {
      return reply(res, 404, `No Knative Service answers to host "${hostname}": no route or tag named so (expected NAME.NAMESPACE.localhost or TAG-NAME.NAMESPACE.localhost).`);
    }
    const { route, tag } = hit;
    const revisionName = tag ? route.tags.get(tag) : pickByWeight(route.targets, Math.random())?.revisionName;
    if (!revisionName) return reply(res, 503, `Route "${route.name}" sends no traffic to any revision.`);
    const rev = table.revision(route.namespace, revisionName);
    if (!rev) return reply(res, 503, `Revision "${revisionName}" of route "${route.name}" is not known yet.`);
    new Exchange(deps, rev, req, res).start();
  };
}
