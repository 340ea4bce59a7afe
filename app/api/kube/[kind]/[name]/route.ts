import { kubeObjectBody, mergePatchBody, objectParams, scopeQuery } from '@/lib/schemas/kube-request';
import { forBrowser } from '@/lib/resources/redact';
import type { KubeObject } from '@/lib/resources/types';
import { deleteResource, getResource, kindDef, patchResource, replaceResource } from '@/server/kube/client';
import { StatusError } from '@/server/kube/status';
import { route } from '@/server/http/route';

export const GET = route({ params: objectParams, query: scopeQuery }, async ({ params, query }) =>
  forBrowser(kindDef(params.kind), await getResource(params.kind, query.namespace, params.name)),
);

export const PUT = route({ params: objectParams, query: scopeQuery, body: kubeObjectBody }, async ({ params, query, body }) => {
  const k = kindDef(params.kind);
  // The browser never sees secret values, so a replace from it would wipe them.
  if (k.readOnly) throw new StatusError(405, 'MethodNotAllowed', `${k.labelPlural} can't be replaced from the console; their values are never sent to the browser.`);
  return forBrowser(k, await replaceResource(params.kind, query.namespace, params.name, body as KubeObject));
});

export const PATCH = route({ params: objectParams, query: scopeQuery, body: mergePatchBody }, async ({ params, query, body }) =>
  forBrowser(kindDef(params.kind), await patchResource(params.kind, query.namespace, params.name, body)),
);

export const DELETE = route({ params: objectParams, query: scopeQuery }, async ({ params, query }) =>
  deleteResource(params.kind, query.namespace, params.name),
);
