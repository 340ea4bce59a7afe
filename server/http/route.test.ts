import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { route } from './route';

const ctx = (params: Record<string, string>) => ({ params: Promise.resolve(params) });

describe('route wrapper', () => {
  const handler = route(
    { params: z.object({ kind: z.enum(['services']) }), query: z.object({ namespace: z.string().optional() }), body: z.object({ a: z.number() }) },
    async ({ params, query, body }) => ({ kind: params.kind, ns: query.namespace, a: body.a }),
  );

  it('parses params, query and body and answers JSON', async () => {
    const res = await handler(new Request('http://x/api?namespace=default', { method: 'POST', body: JSON.stringify({ a: 1 }) }), ctx({ kind: 'services' }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ kind: 'services', ns: 'default', a: 1 });
  });

  it('answers a 400 Status naming the bad field', async () => {
    const res = await handler(new Request('http://x/api', { method: 'POST', body: JSON.stringify({ a: 'no' }) }), ctx({ kind: 'services' }));
    expect(res.status).toBe(400);
    const status = await res.json();
    expect(status).toMatchObject({ kind: 'Status', reason: 'BadRequest', code: 400 });
    expect(status.details.causes[0].field).toBe('body.a');
  });

  it('rejects a body that is not JSON and an unknown path param', async () => {
    expect((await handler(new Request('http://x/api', { method: 'POST', body: '{' }), ctx({ kind: 'services' }))).status).toBe(400);
    const res = await handler(new Request('http://x/api', { method: 'POST', body: '{"a":1}' }), ctx({ kind: 'pods' }));
    expect((await res.json()).details.causes[0].field).toBe('path.kind');
  });

  it('passes a thrown API error through with its code', async () => {
    const failing = route({}, async () => {
      throw { code: 409, body: JSON.stringify({ kind: 'Status', apiVersion: 'v1', status: 'Failure', reason: 'Conflict', code: 409, message: 'the object has been modified' }) };
    });
    const res = await failing(new Request('http://x/api'), ctx({}));
    expect(res.status).toBe(409);
    expect((await res.json()).message).toBe('the object has been modified');
  });
});
