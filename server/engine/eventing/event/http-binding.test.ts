import { describe, expect, it } from 'vitest';
import { parseHttpEvent, percentDecode, percentEncode, toBinary, toStructured } from './http-binding';

const binaryHeaders = { 'ce-specversion': '1.0', 'ce-id': 'e1', 'ce-source': '/src', 'ce-type': 'dev.example.created' };

describe('parseHttpEvent', () => {
  it('binary mode: ce- headers, Content-Type as datacontenttype, body kept as bytes', () => {
    const p = parseHttpEvent({ ...binaryHeaders, 'ce-myext': 'a%20b', 'content-type': 'application/json' }, Buffer.from('{"a":1}'));
    expect(p).toMatchObject({ mode: 'binary', event: { attrs: { specversion: '1.0', id: 'e1', source: '/src', type: 'dev.example.created', myext: 'a b', datacontenttype: 'application/json' } } });
    expect('event' in p && p.event.data?.toString()).toBe('{"a":1}');
  });

  it('structured mode with charset, data_base64 decoded', () => {
    const body = JSON.stringify({ specversion: '1.0', id: 'e2', source: '/s', type: 't', count: 3, data_base64: Buffer.from([0, 1, 2]).toString('base64') });
    const p = parseHttpEvent({ 'content-type': 'application/cloudevents+json; charset=utf-8' }, Buffer.from(body));
    expect(p).toMatchObject({ mode: 'structured', event: { attrs: { id: 'e2', count: '3' } } });
    expect('event' in p && [...p.event.data!]).toEqual([0, 1, 2]);
  });

  it.each([
    ['missing id', { 'ce-specversion': '1.0', 'ce-source': '/s', 'ce-type': 't' }, /missing required attribute: id/],
    ['missing type and source', { 'ce-specversion': '1.0', 'ce-id': '1' }, /missing required attributes: source, type/],
    ['unknown specversion', { ...binaryHeaders, 'ce-specversion': '2.0' }, /unsupported specversion "2.0"/],
    ['malformed time', { ...binaryHeaders, 'ce-time': 'yesterday' }, /time must match format "date-time"/],
    ['not an event at all', { 'content-type': 'text/plain' }, /no CloudEvent found/],
    ['ce-datacontenttype in binary mode', { ...binaryHeaders, 'ce-datacontenttype': 'text/plain' }, /must not be set in binary mode/],
  ])('refuses %s', (_, headers, reason) => {
    const p = parseHttpEvent(headers, Buffer.alloc(0));
    expect('error' in p && p.error).toMatch(reason);
  });

  it('refuses malformed structured JSON and batches', () => {
    expect(parseHttpEvent({ 'content-type': 'application/cloudevents+json' }, Buffer.from('{nope'))).toHaveProperty('error');
    expect(parseHttpEvent({ 'content-type': 'application/cloudevents-batch+json' }, Buffer.from('[]'))).toHaveProperty('error');
  });
});

describe('serialisation round trips', () => {
  const event = { attrs: { specversion: '1.0', id: 'x', source: '/s', type: 't', datacontenttype: 'application/json', ext: 'é and space' }, data: Buffer.from('{"k":"v"}') };

  it('binary out, binary in', () => {
    const msg = toBinary(event);
    expect(msg.headers['ce-ext']).toBe('%C3%A9%20and%20space');
    expect(msg.headers['content-type']).toBe('application/json');
    const back = parseHttpEvent(msg.headers, msg.body);
    expect('event' in back && back.event).toEqual(event);
  });

  it('structured out, structured in (JSON data inline)', () => {
    const msg = toStructured(event);
    expect(JSON.parse(msg.body.toString()).data).toEqual({ k: 'v' });
    const back = parseHttpEvent(msg.headers, msg.body);
    expect('event' in back && back.event).toEqual(event);
  });

  it('binary data goes as data_base64 in structured mode', () => {
    const bin = { attrs: { specversion: '1.0', id: 'b', source: '/s', type: 't', datacontenttype: 'application/octet-stream' }, data: Buffer.from([255, 0]) };
    const msg = toStructured(bin);
    expect(JSON.parse(msg.body.toString()).data_base64).toBe('/wA=');
    const back = parseHttpEvent(msg.headers, msg.body);
    expect('event' in back && back.event).toEqual(bin);
  });

  it('percent-encoding per the binding spec', () => {
    expect(percentEncode('plain/value')).toBe('plain/value');
    expect(percentEncode('a "b" 100%')).toBe('a%20%22b%22%20100%25');
    expect(percentDecode(percentEncode('Euro € sign'))).toBe('Euro € sign');
    expect(percentDecode('50%off')).toBe('50%off');
  });
});
