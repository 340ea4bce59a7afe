import type http from 'node:http';
import type { MetricSink, RevisionKey } from '../autoscaler/stat';
import { hostnameOf } from './router';
import { routeHostKey } from './host';
import type { DataplaneMetrics } from './metrics';
import { pickByWeight } from './pick';
import { forward, requestHasBody } from './proxy';
import type { PodTarget, RevisionEntry, RouteTable } from './route-table';
import { QueueFullError, type Acquired, type Lease } from './throttler';

export interface HandlerDeps {
  table: RouteTable;
  sink: MetricSink;
  /** Whether the autoscaler wants the activator in this revision's path. */
  viaActivator(rev: RevisionKey): boolean;
  metrics: DataplaneMetrics;
}

const MAX_ATTEMPTS = 3;

function reply(res: http.ServerResponse, code: number, body: string) {
  if (res.headersSent) return;
  res.writeHead(code, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(`${body}\n`);
}

/**
 * The app router: Host → route → revision (by tag or weight) → activator /
 * breaker → pod. Everything it reads is in memory; per request it costs a
 * few map lookups, one timer and the proxy hop.
 */
export function createAppHandler(deps: HandlerDeps): http.RequestListener {
  const { table, sink, metrics } = deps;

  return (req, res) => {
    const started = performance.now();
    const hostname = hostnameOf(req.headers.host);
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

    let answered = false;
    let viaActivatorOnce = false;
    const hasBody = requestHasBody(req);
    const timer = setTimeout(() => {
      // Like Knative's timeout handler: only a response that has not started can time out.
      if (answered || res.headersSent) return;
      answered = true;
      cancelWait?.();
      reply(res, 504, viaActivatorOnce ? 'activator request timeout' : 'request timeout');
    }, rev.timeoutMs);
    let cancelWait: (() => void) | undefined;
    res.on('close', () => {
      clearTimeout(timer);
      cancelWait?.();
      metrics.observe(rev, res.headersSent ? res.statusCode : 499, performance.now() - started, viaActivatorOnce);
    });

    const attempt = (n: number, forceActivator: boolean) => {
      let acq: Acquired<PodTarget>;
      try {
        const via = forceActivator || deps.viaActivator(rev.key);
        const wasCold = rev.throttler.readyPods.length === 0 && rev.throttler.queued === 0;
        acq = rev.throttler.acquire(via, Date.now());
        if ('wait' in acq && wasCold) coldStart(rev);
      } catch (err) {
        answered = true;
        return reply(res, err instanceof QueueFullError ? 503 : 500, (err as Error).message);
      }
      if ('lease' in acq) return serve(acq.lease, n);
      viaActivatorOnce = true;
      cancelWait = acq.cancel;
      acq.wait.then(
        (lease) => {
          cancelWait = undefined;
          if (answered || res.destroyed) return rev.throttler.release(lease, Date.now());
          serve(lease, n);
        },
        (err: Error) => {
          if (answered) return;
          answered = true;
          reply(res, 503, err.message);
        },
      );
    };

    const serve = (lease: Lease<PodTarget>, n: number) => {
      if (lease.proxied) viaActivatorOnce = true;
      forward(req, res, lease.pod.data, lease.proxied, hasBody).then((r) => {
        rev.throttler.release(lease, Date.now());
        if (!r.unreachable || answered) return;
        // The pod went away between readiness and the connection (scale-down): try another.
        if (n + 1 < MAX_ATTEMPTS && !hasBody) return void setTimeout(() => attempt(n + 1, true), 20);
        answered = true;
        reply(res, 502, `error reaching the revision's pod: ${r.unreachable.message}`);
      });
    };

    const coldStart = (r: RevisionEntry) => {
      // The activator's concurrency reporter: report this request now and poke, so
      // the scale-from-zero decision does not wait for the next tick.
      r.reportedEarly++;
      sink.record(r.key, { podName: 'activator', averageConcurrency: 1, requestCount: 1 });
      sink.poke(r.key);
    };

    attempt(0, false);
  };
}
