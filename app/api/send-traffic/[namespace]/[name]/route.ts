import { z } from 'zod';
import { sendTrafficSchema } from '@/lib/schemas/send-traffic';
import { route } from '@/server/http/route';
import { sseResponse } from '@/server/http/sse';
import { cancelRun, startRun, watchRuns } from '@/server/loadgen/runs';

const params = z.object({
  namespace: z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'must be a lowercase RFC 1123 label').max(63),
  name: z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'must be a lowercase RFC 1123 label').max(63),
});

/** The service's current or last load run, live (SSE of `{ run }`). */
export const GET = route({ params }, async ({ params: p, req }) =>
  sseResponse(req, (channel) => watchRuns(p.namespace, p.name, (run) => channel.send({ run }))),
);

/** Starts a run (409 while one is running for the service). */
export const POST = route({ params, body: sendTrafficSchema }, async ({ params: p, body }) => {
  const run = await startRun(p.namespace, p.name, body);
  return Response.json(run, { status: 201 });
});

/** Cancels the running one. */
export const DELETE = route({ params }, async ({ params: p }) => cancelRun(p.namespace, p.name));
