import type { ActivatorMode } from '../autoscaler/scale-to-zero';
import type { MetricSink, RevisionKey } from '../autoscaler/stat';
import type { EngineContext, EnginePart } from '../context';
import { Deadlines } from './deadlines';
import { createAppHandler } from './handler';
import { isAppHost } from './host';
import { DataplaneMetrics } from './metrics';
import { RouteTable } from './route-table';

export interface DataplaneDeps {
  sink: MetricSink;
  activatorMode(rev: RevisionKey): ActivatorMode;
}

const REPORT_PERIOD_MS = 1000;

/**
 * The ingress for apps: claims `NAME.NS.localhost`, `TAG-NAME.NS.localhost`,
 * `NAME.NS.svc.cluster.local` (and `.svc` / bare `NAME.NS`) on ctx.ingress, and
 * reports per-pod and activator load to the autoscaler every second.
 */
export function startDataplane(ctx: EngineContext, deps: DataplaneDeps): EnginePart {
  const table = new RouteTable(ctx.store);
  const metrics = new DataplaneMetrics(ctx.registry);
  const deadlines = new Deadlines();
  deadlines.start();
  const handler = createAppHandler({
    table,
    sink: deps.sink,
    metrics,
    deadlines,
    viaActivator: (rev) => deps.activatorMode(rev) === 'Proxy',
  });
  ctx.ingress.addFallback((hostname) => isAppHost(hostname), handler);

  const report = setInterval(() => {
    const now = Date.now();
    for (const rev of table.revisions.values()) {
      // queue-proxy: every ready pod reports, zeros included.
      for (const pod of rev.throttler.readyPods) deps.sink.record(rev.key, pod.stats.report(pod.name, now));
      const a = rev.throttler.activatorStats.report('activator', now);
      a.requestCount = Math.max(0, a.requestCount - rev.reportedEarly);
      rev.reportedEarly = 0;
      if (a.averageConcurrency > 0 || a.requestCount > 0) deps.sink.record(rev.key, a);
    }
  }, REPORT_PERIOD_MS);
  report.unref();

  return {
    async stop() {
      clearInterval(report);
      deadlines.stop();
      table.stop();
      metrics.close(ctx.registry);
    },
  };
}
