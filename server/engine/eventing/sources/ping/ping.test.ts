import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../resources/types';
import { pingSourceAdmission, validatePingSource } from './admission';
import { makePingEvent, PING_EVENT_TYPE } from './event';
import { nextFireTimes, parseSchedule } from './schedule';

const ps = (spec: Record<string, unknown>): KubeObject => ({
  apiVersion: 'sources.knative.dev/v1',
  kind: 'PingSource',
  metadata: { name: 'p', namespace: 'ns' },
  spec: { sink: { uri: 'http://example.com/' }, ...spec },
});

describe('parseSchedule', () => {
  const ok: [string, string | undefined, string[]][] = [
    ['* * * * *', undefined, ['2024-01-01T00:01:00.000Z', '2024-01-01T00:02:00.000Z']],
    ['*/2 * * * * *', undefined, ['2024-01-01T00:00:02.000Z', '2024-01-01T00:00:04.000Z']],
    ['0 9 * * *', 'America/New_York', ['2024-01-01T14:00:00.000Z', '2024-01-02T14:00:00.000Z']],
    ['CRON_TZ=Asia/Tokyo 0 9 * * *', undefined, ['2024-01-01T00:00:00.000Z', '2024-01-02T00:00:00.000Z']],
    ['@hourly', undefined, ['2024-01-01T01:00:00.000Z', '2024-01-01T02:00:00.000Z']],
    ['@midnight', 'UTC', ['2024-01-02T00:00:00.000Z', '2024-01-03T00:00:00.000Z']],
    ['  0  12 * * 1-5 ', undefined, ['2024-01-01T12:00:00.000Z', '2024-01-02T12:00:00.000Z']],
  ];
  for (const [schedule, tz, want] of ok) {
    it(`${schedule} ${tz ?? ''}`, () => {
      const parsed = parseSchedule(schedule, tz);
      if ('field' in parsed) throw new Error(parsed.message);
      const from = new Date('2024-01-01T00:00:00Z');
      expect(nextFireTimes(parsed, 2, new Date(from.getTime() - (schedule.startsWith('CRON_TZ') ? 1 : 0))).map((d) => d.toISOString())).toEqual(want);
    });
  }

  const bad: [string, string | undefined, 'schedule' | 'timezone', RegExp][] = [
    ['@every 1m', undefined, 'schedule', /unsupported descriptor @every/],
    ['* * *', undefined, 'schedule', /expected 5 to 6 fields, found 3/],
    ['* * * * * * *', undefined, 'schedule', /expected 5 to 6 fields, found 7/],
    ['61 * * * *', undefined, 'schedule', /minute/],
    ['@fortnightly', undefined, 'schedule', /unrecognized descriptor/],
    ['* * * * *', 'Mars/Olympus', 'timezone', /provided bad location Mars\/Olympus/],
  ];
  for (const [schedule, tz, field, message] of bad) {
    it(`rejects ${schedule} ${tz ?? ''}`, () => {
      const parsed = parseSchedule(schedule, tz);
      expect(parsed).toMatchObject({ field });
      expect((parsed as { message: string }).message).toMatch(message);
    });
  }
});

describe('PingSource admission', () => {
  it('defaults the schedule to every minute', () => {
    const obj = ps({});
    pingSourceAdmission.default!(obj);
    expect(obj.spec.schedule).toBe('* * * * *');
  });

  const cases: [string, Record<string, unknown>, { field: string; message: RegExp }[]][] = [
    ['valid', { schedule: '*/2 * * * * *', data: '{"a":1}', contentType: 'application/json' }, []],
    ['@every', { schedule: '@every 5s' }, [{ field: 'spec.schedule', message: /^invalid value: unsupported descriptor @every$/ }]],
    ['bad timezone', { schedule: '* * * * *', timezone: 'Nowhere/City' }, [{ field: 'spec.timezone', message: /bad location/ }]],
    ['no sink', { sink: undefined }, [{ field: 'spec.sink', message: /expected at least one, got none/ }]],
    ['sink ref without name', { sink: { ref: { apiVersion: 'v1', kind: 'Service' } } }, [{ field: 'spec.sink.ref.name', message: /missing field/ }]],
    ['relative sink uri', { sink: { uri: '/path' } }, [{ field: 'spec.sink.uri', message: /Relative URI/ }]],
    ['data and dataBase64', { data: 'x', dataBase64: 'eA==' }, [{ field: 'spec.data, spec.dataBase64', message: /expected exactly one, got both/ }]],
    ['invalid JSON data', { data: '{nope', contentType: 'application/json' }, [{ field: 'spec.data', message: /^invalid value: / }]],
    ['JSON array data', { data: '[1]', contentType: 'application/json' }, [{ field: 'spec.data', message: /array/ }]],
    ['non-JSON data without JSON content type', { data: '{nope', contentType: 'text/plain' }, []],
    ['invalid base64', { dataBase64: 'not base64!' }, [{ field: 'spec.dataBase64', message: /illegal base64/ }]],
    ['base64 of invalid JSON', { dataBase64: Buffer.from('nope').toString('base64'), contentType: 'application/json' }, [{ field: 'spec.dataBase64', message: /invalid value/ }]],
    ['bad extension name', { ceOverrides: { extensions: { 'Bad-Name': 'x' } } }, [{ field: 'spec.ceOverrides.extensions[Bad-Name]', message: /invalid key name/ }]],
  ];
  for (const [name, spec, want] of cases) {
    it(name, () => {
      const causes = validatePingSource(ps(spec));
      expect(causes.map((c) => c.field)).toEqual(want.map((w) => w.field));
      causes.forEach((c, i) => expect(c.message).toMatch(want[i].message));
    });
  }
});

describe('makePingEvent', () => {
  const now = new Date('2024-05-01T10:00:00Z');
  it('has the ping type, the source path and a fresh id', () => {
    const a = makePingEvent(ps({}), now);
    const b = makePingEvent(ps({}), now);
    expect(a.attrs.type).toBe(PING_EVENT_TYPE);
    expect(a.attrs.source).toBe('/apis/v1/namespaces/ns/pingsources/p');
    expect(a.attrs.specversion).toBe('1.0');
    expect(a.attrs.id).not.toBe(b.attrs.id);
    expect(a.attrs.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.data).toBeUndefined();
    expect(a.attrs.datacontenttype).toBeUndefined();
  });
  it('carries data and its content type when set', () => {
    const e = makePingEvent(ps({ data: '{"message":"hi"}', contentType: 'application/json' }), now);
    expect(e.data?.toString()).toBe('{"message":"hi"}');
    expect(e.attrs.datacontenttype).toBe('application/json');
  });
  it('decodes dataBase64 to bytes', () => {
    const e = makePingEvent(ps({ dataBase64: Buffer.from('hello').toString('base64'), contentType: 'text/plain' }), now);
    expect(e.data?.toString()).toBe('hello');
  });
  it('copies ceOverrides extensions, without letting them replace the ping attributes', () => {
    const e = makePingEvent(ps({ ceOverrides: { extensions: { team: 'blue', type: 'spoof' } } }), now);
    expect(e.attrs.team).toBe('blue');
    expect(e.attrs.type).toBe(PING_EVENT_TYPE);
  });
});
