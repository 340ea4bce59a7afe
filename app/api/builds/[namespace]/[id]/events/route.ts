import { buildParamsSchema } from '@/lib/schemas/import-git';
import { findBuildRun, readBuild } from '@/server/builds/build-runs';
import { sseResponse } from '@/server/http/sse';
import { route } from '@/server/http/route';

/**
 * A build followed live, as SSE: `snapshot` (the record so far, with its lines),
 * then `log` (one line) and `status` (the record without lines) events; the
 * stream ends after the status that finishes the build.
 */
export const GET = route({ params: buildParamsSchema }, async ({ params, req }) => {
  const record = readBuild(params.namespace, params.id);
  return sseResponse(req, (channel) => {
    channel.send(record, 'snapshot');
    const run = findBuildRun(params.id);
    if (!run || run.done) {
      channel.close();
      return;
    }
    // Lines logged between the snapshot and the subscription can't be missed: both happen in this tick.
    return run.subscribe((e) => {
      if (e.type === 'log') channel.send(e.line, 'log');
      else {
        channel.send(e.build, 'status');
        if (e.build.phase === 'Succeeded' || e.build.phase === 'Failed') channel.close();
      }
    });
  });
});
