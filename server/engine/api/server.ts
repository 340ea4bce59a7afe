import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { EngineConfig } from '../config';
import { ApiError } from '../errors';
import type { Store } from '../store/store';
import { authenticate, isPublicPath } from './auth';
import { apiGroupList, apiGroupOf, apiResourceList, apiVersions } from './discovery';
import { sendError, sendJson, toApiError } from './http';
import { openapiDocumentFor, openapiIndex } from './openapi';
import { notServed, parseResourcePath } from './paths';
import { handleResource } from './resource-handler';

export interface ApiServerOptions {
  store: Store;
  config: EngineConfig;
  registry: Registry;
  token: string;
  /** Whether every part of the engine has started (what /readyz reports). */
  isReady(): boolean;
}

/** What `kubectl version` shows for the server; the minor matches the kubectl the engine is tested with. */
export const versionInfo = {
  major: '1',
  minor: '32',
  gitVersion: 'v1.32.0-serverless-engine',
  gitCommit: '',
  gitTreeState: 'clean',
  buildDate: '2025-01-01T00:00:00Z',
  goVersion: `node${process.versions.node}`,
  compiler: 'tsx',
  platform: `${process.platform}/${process.arch}`,
};

function apiMetrics(registry: Registry) {
  return {
    requests: new Counter({
      name: 'apiserver_request_total',
      help: 'Counter of API requests, by verb, resource and HTTP code.',
      labelNames: ['verb', 'group', 'resource', 'code'],
      registers: [registry],
    }),
    duration: new Histogram({
      name: 'apiserver_request_duration_seconds',
      help: 'Response latency of non-streaming API requests, by verb and resource.',
      labelNames: ['verb', 'group', 'resource'],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    watchers: new Gauge({ name: 'apiserver_longrunning_requests', help: 'Open watch and log-follow requests.', registers: [registry] }),
  };
}

/** The Kubernetes-style API on 127.0.0.1:apiPort: discovery, OpenAPI, health, metrics and every resource. */
export function createApiServer(opts: ApiServerOptions): http.Server {
  const { store, config, registry, token } = opts;
  const metrics = apiMetrics(registry);
  const serverAddress = `${config.host}:${config.apiPort}`;

  async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<{ group: string; resource: string }> {
    const p = url.pathname.length > 1 ? url.pathname.replace(/\/$/, '') : url.pathname;
    if (p === '/readyz' || p === '/livez' || p === '/healthz') {
      const ok = p !== '/readyz' || opts.isReady();
      res.writeHead(ok ? 200 : 503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(ok ? 'ok' : 'not ready: the engine is still starting');
      return { group: '', resource: p.slice(1) };
    }
    if (p === '/version') {
      sendJson(res, 200, versionInfo);
      return { group: '', resource: 'version' };
    }
    if (p === '/metrics') {
      const text = await registry.metrics();
      res.writeHead(200, { 'content-type': registry.contentType });
      res.end(text);
      return { group: '', resource: 'metrics' };
    }
    if (!isPublicPath(p)) authenticate(req, token);

    const resource = parseResourcePath(p);
    if (resource) {
      await handleResource(req, res, url, resource, {
        store,
        dataDir: config.dataDir,
        watchOpened: () => {
          metrics.watchers.inc();
          return () => metrics.watchers.dec();
        },
      });
      return { group: resource.type.group, resource: resource.type.plural };
    }
    if (req.method !== 'GET') throw new ApiError(405, 'MethodNotAllowed', `the server does not allow this method on the requested resource: ${req.method} ${p}`);
    const discovery = discover(p, serverAddress);
    if (discovery === undefined) throw notServed(p);
    sendJson(res, 200, discovery);
    return { group: '', resource: 'discovery' };
  }

  return http.createServer((req, res) => {
    const started = process.hrtime.bigint();
    const url = new URL(req.url ?? '/', 'http://engine');
    const verb = verbOf(req.method ?? 'GET', url);
    route(req, res, url).then(
      (labels) => {
        metrics.requests.inc({ verb, ...labels, code: String(res.statusCode) });
        if (verb !== 'WATCH' && verb !== 'LOG') {
          metrics.duration.observe({ verb, ...labels }, Number(process.hrtime.bigint() - started) / 1e9);
        }
      },
      (err) => {
        const e = toApiError(err);
        metrics.requests.inc({ verb, group: '', resource: '', code: String(e.code) });
        sendError(res, e);
      },
    );
  });
}

function verbOf(method: string, url: URL): string {
  if (method === 'GET' && (url.searchParams.get('watch') === 'true' || url.pathname.includes('/watch/'))) return 'WATCH';
  if (method === 'GET' && url.pathname.endsWith('/log')) return 'LOG';
  return method;
}

/** Discovery documents and OpenAPI, all static for a given resource registry. */
function discover(p: string, serverAddress: string): unknown {
  if (p === '/api') return apiVersions(serverAddress);
  if (p === '/apis') return apiGroupList();
  if (p === '/openapi/v3') return openapiIndex();
  if (p.startsWith('/openapi/v3/')) return openapiDocumentFor(p);
  const segs = p.split('/').filter(Boolean);
  if (segs[0] === 'api' && segs.length === 2) return apiResourceList('', segs[1]);
  if (segs[0] === 'apis' && segs.length === 2) return apiGroupOf(segs[1]);
  if (segs[0] === 'apis' && segs.length === 3) return apiResourceList(segs[1], segs[2]);
  return undefined;
}
