import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSendPool, sendEvent } from './send';

const event = { attrs: { specversion: '1.0', id: 'e1', source: '/s', type: 't', datacontenttype: 'application/json' }, data: Buffer.from('{"a":1}') };

describe('sendEvent', () => {
  let server: http.Server;
  let url = '';
  const seen: { headers: http.IncomingHttpHeaders; body: string }[] = [];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        seen.push({ headers: req.headers, body: Buffer.concat(chunks).toString() });
        if (req.url === '/slow') return void setTimeout(() => res.writeHead(202).end(), 1000);
        if (req.url === '/reply') return void res.writeHead(200, { 'ce-specversion': '1.0', 'ce-id': 'r1', 'set-cookie': ['a=1', 'b=2'] }).end('hi');
        res.writeHead(500).end('boom');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await closeSendPool();
    server.closeAllConnections();
    server.close();
  });

  it('sends binary mode with the extra headers and reads status, headers and body', async () => {
    const res = await sendEvent(`${url}/reply`, event, { ingressPort: 1, headers: { prefer: 'reply' } });
    expect(res).toMatchObject({ code: 200, headers: { 'ce-id': 'r1', 'set-cookie': ['a=1', 'b=2'] } });
    expect(res.body.toString()).toBe('hi');
    const got = seen.at(-1)!;
    expect(got.headers).toMatchObject({ 'ce-id': 'e1', 'content-type': 'application/json', prefer: 'reply', host: new URL(url).host });
    expect(got.body).toBe('{"a":1}');
    expect((await sendEvent(`${url}/fail`, event, { ingressPort: 1 })).code).toBe(500);
  });

  it('gives up on an attempt after the timeout, and reports a refused connection', async () => {
    const started = Date.now();
    const slow = await sendEvent(`${url}/slow`, event, { ingressPort: 1, timeoutMs: 100 });
    expect(slow.code).toBeUndefined();
    expect(slow.error).toBe('request timed out after 100ms');
    expect(Date.now() - started).toBeLessThan(600);
    const refused = await sendEvent('http://127.0.0.1:1/', event, { ingressPort: 1 });
    expect(refused.code).toBeUndefined();
    expect(refused.error).toMatch(/ECONNREFUSED|connect/);
    expect((await sendEvent('not a url', event, { ingressPort: 1 })).error).toMatch(/invalid URL/);
  });
});
