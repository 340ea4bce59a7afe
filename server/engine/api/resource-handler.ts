import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError, notFound } from '../errors';
import { groupResource } from '../resources/types';
import type { Store } from '../store/store';
import { parseBody, readBody, sendJson, sendStatusSuccess } from './http';
import { pageOf } from './list';
import { serveLogs } from './logs';
import type { ResourceRequest } from './paths';
import { renderList, renderObject, withTypeMeta } from './render';
import { getScale, writeScale } from './scale';
import { parseFilter } from './selectors';
import { negotiate } from './table';
import { isWatch, serveWatch } from './watch';
import { createObject, deleteObject, patchObject, updateObject, writeOptions, type DeleteOptions } from './write';

export interface HandlerDeps {
  store: Store;
  dataDir: string;
  /** Counts open watches (for the engine's own metrics). */
  watchOpened(): () => void;
}

/** Kinds whose DELETE answers a Status, as kube-apiserver's built-in registries do; the others return the deleted object. */
const DELETE_RETURNS_STATUS = new Set(['/configmaps', '/secrets', '/serviceaccounts', '/events', 'apps/deployments']);

const methodNotAllowed = (method: string, what: string) => new ApiError(405, 'MethodNotAllowed', `the server does not allow this method on the requested resource: ${method} ${what}`);

/** Every verb on every kind, generic over the resource registry. */
export async function handleResource(req: IncomingMessage, res: ServerResponse, url: URL, r: ResourceRequest, deps: HandlerDeps) {
  const { store } = deps;
  const t = r.type;
  const params = url.searchParams;
  const method = req.method ?? 'GET';
  const rendering = negotiate(req.headers.accept);
  const ns = t.namespaced ? r.namespace : undefined;
  const needsNamespace = t.namespaced && r.namespace === undefined;

  if (method === 'GET' && r.subresource === 'log') {
    return serveLogs(res, store, deps.dataDir, r.namespace ?? '', r.name!, params);
  }

  if (method === 'GET' && (r.watchPath || isWatch(params))) {
    const filter = parseFilter(params);
    if (r.name) filter.fields.push({ field: 'metadata.name', op: '=', value: r.name });
    const done = deps.watchOpened();
    return serveWatch(req, res, store, { type: t, namespace: ns, filter, params, rendering }, done);
  }
  if (r.watchPath) throw methodNotAllowed(method, url.pathname);

  if (method === 'GET' && r.name) {
    if (needsNamespace) throw notFound(t.kind, t.group, t.plural, r.name);
    if (r.subresource === 'scale') return sendJson(res, 200, getScale(store, t, ns ?? '', r.name));
    const obj = store.get(groupResource(t), ns ?? '', r.name);
    if (!obj) throw notFound(t.kind, t.group, t.plural, r.name);
    return sendJson(res, 200, renderObject(t, obj, rendering, params));
  }

  if (method === 'GET') {
    const page = pageOf(store.list(groupResource(t), ns), parseFilter(params), String(store.currentResourceVersion()), params.get('limit'), params.get('continue'));
    return sendJson(res, 200, renderList(t, page, rendering, params));
  }

  const opts = writeOptions(params);
  const contentType = (req.headers['content-type'] ?? 'application/json').split(';')[0].trim();
  const body = parseBody(await readBody(req), contentType);

  if (method === 'POST' && !r.name) {
    if (needsNamespace) throw methodNotAllowed('POST', `${url.pathname} (create in a namespace: …/namespaces/NAMESPACE/${t.plural})`);
    const created = createObject(store, t, ns, body, opts);
    return sendJson(res, 201, withTypeMeta(t, created));
  }

  if (method === 'DELETE' && !r.name) {
    const filter = parseFilter(params);
    const page = pageOf(store.list(groupResource(t), ns), filter, String(store.currentResourceVersion()), null, null);
    const deleted = [];
    for (const o of page.items) {
      // An earlier delete may have cascaded to this one already.
      if (!store.get(groupResource(t), o.metadata.namespace ?? '', o.metadata.name)) continue;
      deleted.push(deleteObject(store, t, o.metadata.namespace, o.metadata.name, undefined, opts));
    }
    return sendJson(res, 200, renderList(t, { items: deleted, resourceVersion: String(store.currentResourceVersion()) }, { as: 'object' }, params));
  }

  if (!r.name || needsNamespace) throw methodNotAllowed(method, url.pathname);
  if (r.subresource === 'log' || (r.subresource && method === 'DELETE')) throw methodNotAllowed(method, url.pathname);

  if (r.subresource === 'scale' && (method === 'PUT' || method === 'PATCH')) {
    const change = method === 'PUT' ? { body } : { patchType: contentType, patch: body };
    return sendJson(res, 200, writeScale(store, t, ns ?? '', r.name, change, opts.dryRun));
  }

  switch (method) {
    case 'PUT':
      return sendJson(res, 200, withTypeMeta(t, updateObject(store, t, ns, r.name, r.subresource, body, opts)));
    case 'PATCH':
      return sendJson(res, 200, withTypeMeta(t, patchObject(store, t, ns, r.name, r.subresource, contentType, body, opts)));
    case 'DELETE': {
      const deleted = deleteObject(store, t, ns, r.name, body as DeleteOptions | undefined, opts);
      if (DELETE_RETURNS_STATUS.has(groupResource(t))) {
        return sendStatusSuccess(res, { name: r.name, group: t.group, kind: t.plural, uid: deleted.metadata.uid });
      }
      return sendJson(res, 200, withTypeMeta(t, deleted));
    }
    default:
      throw methodNotAllowed(method, url.pathname);
  }
}
