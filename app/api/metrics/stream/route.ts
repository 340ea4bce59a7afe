import { metricsStreamQuery } from '@/lib/schemas/metrics-stream';
import { route } from '@/server/http/route';
import { sseResponse } from '@/server/http/sse';
import { subscribeMetrics } from '@/server/metrics/hub';

/**
 * Live metrics of a namespace (or one service of it) as Server-Sent Events:
 * a `hello` with the source and the history of the requested range, then a
 * `frame` per sample, each stamped with the time the sample was taken.
 */
export const GET = route({ query: metricsStreamQuery }, async ({ query, req }) =>
  sseResponse(req, (channel) =>
    subscribeMetrics({ namespace: query.namespace, service: query.service }, Date.now() - query.range * 1000, (msg) => channel.send(msg)),
  ),
);

