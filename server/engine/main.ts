import http from 'node:http';
import { collectDefaultMetrics } from 'prom-client';
import { loadConfig } from './config';
import type { EngineContext, EnginePart } from './context';
import { IngressRouter } from './dataplane/router';
import { startEventing } from './eventing';
import { registry } from './metrics/registry';
import { startServing } from './serving';
import { Store } from './store/store';
import { loadOrCreateToken } from './api/auth';
import { writeKubeconfig } from './api/kubeconfig';
import { DualProtocolListener } from './api/listener';
import { createApiServer } from './api/server';
import { loadOrCreateCertificate } from './api/tls';

/** Namespaces that exist from the first start on, as in a fresh cluster. */
const INITIAL_NAMESPACES = ['default'];

function ensureNamespaces(store: Store) {
  for (const name of INITIAL_NAMESPACES) {
    if (store.get('/namespaces', '', name)) continue;
    store.create('/namespaces', {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name, labels: { 'kubernetes.io/metadata.name': name } },
      spec: { finalizers: ['kubernetes'] },
      status: { phase: 'Active' },
    });
  }
}

function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function close(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

async function main() {
  const config = loadConfig();
  const store = new Store(config.dataDir);
  ensureNamespaces(store);
  const token = loadOrCreateToken(store);
  collectDefaultMetrics({ register: registry });

  let ready = false;
  const api = new DualProtocolListener(
    createApiServer({ store, config, registry, token, isReady: () => ready }),
    loadOrCreateCertificate(store),
  );
  const apiPort = await api.listen(config.apiPort, config.host);
  // https, because kubectl never sends a bearer token over plain http; the same port answers http too.
  const apiUrl = `https://${config.host}:${apiPort}`;
  const kubeconfig = writeKubeconfig(config.dataDir, apiUrl, token);

  const ingress = new IngressRouter();
  const ingressServer = http.createServer({ keepAlive: true }, ingress.handle);
  // Longer than the proxies' and clients' idle pools, so the server is not the side that drops a reused connection.
  ingressServer.keepAliveTimeout = 65_000;
  ingressServer.headersTimeout = 66_000;
  await listen(ingressServer, config.ingressPort, config.host);

  const ctx: EngineContext = { store, config, registry, ingress };
  const parts: EnginePart[] = [];
  parts.push(await startServing(ctx));
  parts.push(await startEventing(ctx));
  ready = true;
  console.log(`engine: API ${apiUrl}, ingress http://${config.host}:${config.ingressPort}, data ${config.dataDir}`);
  console.log(`engine: kubectl --kubeconfig ${kubeconfig} get ksvc,broker -A`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    ready = false;
    console.log(`engine: ${signal}, stopping`);
    for (const part of parts.reverse()) {
      try {
        await part.stop();
      } catch (err) {
        console.error('engine: a part failed to stop', err);
      }
    }
    await Promise.all([api.close(), close(ingressServer)]);
    store.close();
    console.log('engine: stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err) => {
  console.error('engine: failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
