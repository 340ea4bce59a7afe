import { kindParams, kubeObjectBody, scopeQuery } from '@/lib/schemas/kube-request';
import { forBrowser } from '@/lib/resources/redact';
import type { KubeObject } from '@/lib/resources/types';
import { createResource, kindDef, listResource } from '@/server/kube/client';
import { route } from '@/server/http/route';

export const GET = route({ params: kindParams, query: scopeQuery }, async ({ params, query }) => {
  const list = await listResource(params.kind, query.namespace, { labelSelector: query.labelSelector });
  const k = kindDef(params.kind);
  return { items: list.items.map((o) => forBrowser(k, o)), resourceVersion: list.resourceVersion };
});

export const POST = route({ params: kindParams, query: scopeQuery, body: kubeObjectBody }, async ({ params, query, body }) =>
  forBrowser(kindDef(params.kind), await createResource(params.kind, query.namespace, body as KubeObject)),
);
