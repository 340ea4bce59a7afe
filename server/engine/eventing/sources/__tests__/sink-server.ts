import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedEvent {
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A local HTTP sink that records the CloudEvents POSTed to it (binary mode) and answers 202. */
export async function startSink(): Promise<{ url: string; events: ReceivedEvent[]; waitFor(n: number, ms?: number): Promise<ReceivedEvent[]>; close(): Promise<void> }> {
  const events: ReceivedEvent[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      events.push({ headers: req.headers, body: Buffer.concat(chunks).toString() });
      res.writeHead(202);
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url,
    events,
    async waitFor(n, ms = 10_000) {
      const deadline = Date.now() + ms;
      while (events.length < n && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      if (events.length < n) throw new Error(`expected ${n} events at ${url}, got ${events.length}`);
      return events;
    },
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}

/** Polls until `check` returns a value (not undefined), or fails after `ms`. */
export async function eventually<T>(check: () => T | undefined | Promise<T | undefined>, ms = 10_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
