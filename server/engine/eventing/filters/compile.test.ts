import { describe, expect, it } from 'vitest';
import { compileTriggerFilter } from './compile';
import type { TriggerFilterSpec } from './types';

const ping = { specversion: '1.0', id: '1', type: 'dev.knative.sources.ping', source: '/apis/v1/namespaces/default/pingsources/p' };
const other = { specversion: '1.0', id: '2', type: 'com.example.order', source: 'shop', region: 'eu' };

const cases: [string, TriggerFilterSpec | undefined, boolean, boolean][] = [
  ['no filter delivers everything', undefined, true, true],
  ['filter: {} (the default) delivers everything', { filter: {} }, true, true],
  ['empty attributes deliver everything', { filter: { attributes: {} } }, true, true],
  ['type attribute', { filter: { attributes: { type: 'dev.knative.sources.ping' } } }, true, false],
  ['extension must exist', { filter: { attributes: { region: '' } } }, false, true],
  ['filters[] overrides filter when non-empty', { filter: { attributes: { type: 'dev.knative.sources.ping' } }, filters: [{ exact: { type: 'com.example.order' } }] }, false, true],
  ['empty filters[] falls back to filter', { filter: { attributes: { type: 'dev.knative.sources.ping' } }, filters: [] }, true, false],
  ['prefix', { filters: [{ prefix: { source: '/apis' } }] }, true, false],
  ['ANDed list', { filters: [{ prefix: { type: 'com.' } }, { exact: { region: 'eu' } }] }, false, true],
  ['any', { filters: [{ any: [{ exact: { type: 'dev.knative.sources.ping' } }, { exact: { region: 'eu' } }] }] }, true, true],
  ['not', { filters: [{ not: { exact: { type: 'dev.knative.sources.ping' } } }] }, false, true],
  ['cesql', { filters: [{ cesql: "type LIKE '%.ping'" }] }, true, false],
  ['cesql on a missing extension drops the event', { filters: [{ cesql: "region = 'eu'" }] }, false, true],
  ['only skipped elements deliver everything', { filters: [{ exact: { type: '' } }] }, true, true],
];

describe('compileTriggerFilter', () => {
  for (const [name, spec, wantPing, wantOther] of cases) {
    it(name, () => {
      const f = compileTriggerFilter(spec);
      expect([f(ping), f(other)]).toEqual([wantPing, wantOther]);
    });
  }
});
