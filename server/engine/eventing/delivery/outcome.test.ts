import { describe, expect, it } from 'vitest';
import { classifyReply, knativeErrorExtensions, nextTtl } from './outcome';

describe('reply handling', () => {
  it('an empty 2xx is no reply', () => {
    expect(classifyReply({}, Buffer.alloc(0))).toEqual({ kind: 'none' });
  });

  it('a non-empty body that is not a CloudEvent is invalid (the broker answers 502)', () => {
    const r = classifyReply({ 'content-type': 'text/plain' }, Buffer.from('Hello World!'));
    expect(r.kind).toBe('invalid');
  });

  it('a binary-mode reply is an event', () => {
    const r = classifyReply(
      { 'ce-specversion': '1.0', 'ce-id': 'r1', 'ce-source': '/fn', 'ce-type': 'reply', 'content-type': 'application/json' },
      Buffer.from('{"ok":true}'),
    );
    expect(r).toMatchObject({ kind: 'event', event: { attrs: { id: 'r1', type: 'reply', datacontenttype: 'application/json' } } });
  });

  it('a structured-mode reply is an event', () => {
    const body = JSON.stringify({ specversion: '1.0', id: 'r2', source: '/fn', type: 'reply', data: { n: 1 } });
    const r = classifyReply({ 'content-type': 'application/cloudevents+json' }, Buffer.from(body));
    expect(r.kind === 'event' && r.event.data?.toString()).toBe('{"n":1}');
  });

  it('a reply that claims to be an event but misses its id is invalid', () => {
    const r = classifyReply({ 'ce-specversion': '1.0', 'ce-source': '/fn', 'ce-type': 'reply' }, Buffer.alloc(0));
    expect(r).toMatchObject({ kind: 'invalid' });
  });
});

describe('dead-letter extensions', () => {
  it('base64-encodes the body and cuts it to 1024 characters', () => {
    const ext = knativeErrorExtensions('http://sub.default.svc.cluster.local', 500, Buffer.from('x'.repeat(2000)));
    expect(ext.knativeerrordest).toBe('http://sub.default.svc.cluster.local');
    expect(ext.knativeerrorcode).toBe('500');
    expect(ext.knativeerrordata).toHaveLength(1024);
    expect(ext.knativeerrordata).toBe(Buffer.from('x'.repeat(2000)).toString('base64').slice(0, 1024));
  });

  it('leaves knativeerrordata out when the body was empty', () => {
    expect(knativeErrorExtensions('http://x', 404, Buffer.alloc(0))).not.toHaveProperty('knativeerrordata');
  });
});

describe('broker TTL', () => {
  it.each([
    [undefined, { ttl: 255 }],
    ['10', { ttl: 9 }],
    ['2', { ttl: 1 }],
    ['nonsense', { ttl: 255 }],
  ])('%s → %j', (raw, out) => expect(nextTtl(raw === undefined ? {} : { knativebrokerttl: raw })).toEqual(out));

  it.each(['1', '0', '-3'])('refuses %s', (raw) => expect(nextTtl({ knativebrokerttl: raw })).toHaveProperty('error'));
});
