import { z } from 'zod';
import { kindParam, scopeQuery } from '@/lib/schemas/kube-request';
import { kindDef } from '@/server/kube/client';
import { subscribe } from '@/server/kube/watch-cache';
import { sseResponse } from '@/server/http/sse';
import { route } from '@/server/http/route';

const query = scopeQuery.extend({
  kinds: z.string().transform((s, ctx) => {
    const ids = s.split(',').filter(Boolean);
    const parsed = ids.map((id) => kindParam.safeParse(id));
    if (parsed.some((p) => !p.success) || ids.length === 0) {
      ctx.addIssue({ code: 'custom', message: `unknown resource kind in ${s}` });
      return z.NEVER;
    }
    return parsed.map((p) => p.data!);
  }),
});

/**
 * Several kinds' live changes on ONE Server-Sent Events stream, each message tagged
 * with its kind. A page that follows many kinds (the topology follows 14) would
 * otherwise hold one EventSource per kind, and browsers allow only 6 HTTP/1.1
 * connections per origin: the 7th stream and every later fetch would hang.
 */
export const GET = route({ query }, async ({ query: q, req }) =>
  sseResponse(req, (channel) => {
    const stops = q.kinds.map((kind) => {
      const namespace = kindDef(kind).namespaced ? q.namespace : undefined;
      return subscribe(kind, namespace, (msg) => channel.send({ kind, ...msg }));
    });
    return () => stops.forEach((stop) => stop());
  }),
);
