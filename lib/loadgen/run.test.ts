import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLoad } from './run';

let server: http.Server;
let origin: string;
const hosts = new Set<string>();

beforeAll(async () => {
  server = http.createServer((req, res) => {
    hosts.add(String(req.headers.host));
    const fail = req.url?.includes('fail');
    setTimeout(
      () => {
        res.writeHead(fail ? 503 : 200);
        res.end('ok');
      },
      req.url?.includes('slow') ? 100 : 5,
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('runLoad', () => {
  it('sends a fixed number of requests with the Host header and counts statuses', async () => {
    const r = await runLoad({ origin, host: 'hello.default.localhost', concurrency: 5, requests: 50 });
    expect(r.completed).toBe(50);
    expect(r.statusCounts).toEqual({ '200': 50 });
    expect(r.non2xx).toBe(0);
    expect(r.latency.p50).toBeGreaterThanOrEqual(4);
    expect(hosts.has('hello.default.localhost')).toBe(true);
  });
  it('respects a rate limit and a duration, reporting progress', async () => {
    const seen: number[] = [];
    const r = await runLoad({ origin, concurrency: 4, durationMs: 600, rate: 50, onProgress: (p) => seen.push(p.completed), progressIntervalMs: 100 });
    expect(r.completed).toBeGreaterThanOrEqual(25);
    expect(r.completed).toBeLessThanOrEqual(32);
    expect(seen.length).toBeGreaterThan(2);
  });
  it('reports the throughput within a duration without the final drain', async () => {
    const r = await runLoad({ origin, path: '/slow', concurrency: 4, durationMs: 500 });
    // 4 clients on ~100 ms requests: ~40 rps within the window.
    expect(r.windowRps).toBeGreaterThan(30);
    expect(r.windowRps).toBeLessThan(45);
  });
  it('counts non-2xx and stops on abort', async () => {
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 200);
    const r = await runLoad({ origin, path: '/fail', concurrency: 2, durationMs: 10_000, signal: ac.signal });
    expect(r.aborted).toBe(true);
    expect(r.non2xx).toBeGreaterThan(0);
    expect(r.elapsedMs).toBeLessThan(2000);
  });
});
