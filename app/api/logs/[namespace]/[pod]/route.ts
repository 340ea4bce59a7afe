import { logParams, logQuery } from '@/lib/schemas/kube-request';
import { followLogs } from '@/server/kube/logs';
import { toStatus } from '@/server/kube/status';
import { sseResponse } from '@/server/http/sse';
import { route } from '@/server/http/route';

/** A container's log, followed, as SSE: `data` events of one line each, `end` when it stops, `failure` with a Status. */
export const GET = route({ params: logParams, query: logQuery }, async ({ params, query, req }) =>
  sseResponse(req, (channel) => {
    const abort = new AbortController();
    followLogs(
      params.namespace,
      params.pod,
      query.container ?? 'user-container',
      (line) => channel.send(line),
      (err) => {
        if (abort.signal.aborted) return;
        if (err) channel.send(toStatus(err), 'failure');
        else channel.send(null, 'end');
        channel.close();
      },
      abort.signal,
      query.tailLines,
    ).catch((err) => {
      channel.send(toStatus(err), 'failure');
      channel.close();
    });
    return () => abort.abort();
  }),
);
