import { kindParams, scopeQuery } from '@/lib/schemas/kube-request';
import { kindDef } from '@/server/kube/client';
import { subscribe } from '@/server/kube/watch-cache';
import { sseResponse } from '@/server/http/sse';
import { route } from '@/server/http/route';

/**
 * Live changes of a kind in a namespace as Server-Sent Events: a SYNC snapshot, then
 * ADDED/MODIFIED/DELETED (and ERROR with a Status). Every browser on the same kind and
 * namespace shares one watch on the API server.
 */
export const GET = route({ params: kindParams, query: scopeQuery }, async ({ params, query, req }) => {
  const k = kindDef(params.kind);
  const namespace = k.namespaced ? query.namespace : undefined;
  return sseResponse(req, (channel) => subscribe(params.kind, namespace, (msg) => channel.send(msg)));
});
