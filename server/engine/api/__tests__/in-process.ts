import { mkdtempSync } from 'node:fs';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Registry } from 'prom-client';
import { Store } from '../../store/store';
import { createApiServer } from '../server';

/** The API server over a fresh store in this process: for tests that need to reach into the store (history, logs). */
export async function startInProcessApi(existingDataDir?: string) {
  const dataDir = existingDataDir ?? mkdtempSync(path.join(os.tmpdir(), 'engine-api-'));
  const store = new Store(dataDir);
  if (!store.get('/namespaces', '', 'default')) store.create('/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } });
  const token = 'test-token';
  const server: http.Server = createApiServer({
    store,
    config: { host: '127.0.0.1', apiPort: 0, ingressPort: 0, dataDir },
    registry: new Registry(),
    token,
    isReady: () => true,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    store,
    dataDir,
    url,
    api: (pathname: string, init: RequestInit = {}) =>
      fetch(url + pathname, { ...init, headers: { authorization: `Bearer ${token}`, ...(init.headers as Record<string, string>) } }),
    async close() {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      store.close();
    },
  };
}

/** Reads newline-delimited JSON watch events until `count` have arrived (or the stream ends), then cancels. */
export async function readEvents(res: Response, count: number, timeoutMs = 3000): Promise<any[]> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const events = [];
  let buf = '';
  const deadline = Date.now() + timeoutMs;
  while (events.length < count && Date.now() < deadline) {
    const chunk = await Promise.race([reader.read(), new Promise<null>((r) => setTimeout(() => r(null), deadline - Date.now()))]);
    if (!chunk || chunk.done) break;
    buf += decoder.decode(chunk.value, { stream: true });
    let nl;
    while ((nl = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, nl).trim();
      buf = buf.slice(nl + 1);
      if (line) events.push(JSON.parse(line));
    }
  }
  await reader.cancel();
  return events;
}
