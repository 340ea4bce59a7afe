import { describe, expect, it } from 'vitest';
import { defaultTraffic, validateTrafficList, type TrafficTarget } from './traffic';

const svc = { inService: true };
const route = { inService: false };
const fields = (t: TrafficTarget[], ctx: { inService: boolean; inStatus?: boolean } = svc) => validateTrafficList(t, ctx).map((c) => `${c.field}: ${c.message}`);

describe('defaultTraffic', () => {
  it('gives a Service 100% to its latest revision when empty', () => {
    expect(defaultTraffic(undefined, svc)).toEqual([{ latestRevision: true, percent: 100 }]);
    expect(defaultTraffic([], svc)).toEqual([{ latestRevision: true, percent: 100 }]);
  });
  it('leaves a Route with no traffic alone', () => {
    expect(defaultTraffic(undefined, route)).toBeUndefined();
  });
  it('sets latestRevision from revisionName and percent to 0', () => {
    expect(defaultTraffic([{ revisionName: 'a-00001', percent: 100 }, { tag: 'x' }], svc)).toEqual([
      { revisionName: 'a-00001', percent: 100, latestRevision: false },
      { tag: 'x', percent: 0, latestRevision: true },
    ]);
  });
});

describe('validateTrafficList', () => {
  const table: [string, TrafficTarget[], string[]][] = [
    ['100% to latest', [{ latestRevision: true, percent: 100 }], []],
    ['split 70/30', [{ revisionName: 'a-00001', latestRevision: false, percent: 70 }, { latestRevision: true, percent: 30 }], []],
    ['sum 90', [{ latestRevision: true, percent: 90 }], [': Traffic targets sum to 90, want 100']],
    ['sum 110', [{ latestRevision: true, percent: 60 }, { revisionName: 'a-00001', latestRevision: false, percent: 50 }], [': Traffic targets sum to 110, want 100']],
    ['tag percent 0 is fine', [{ latestRevision: true, percent: 100 }, { tag: 'blue', revisionName: 'a-00001', latestRevision: false, percent: 0 }], []],
    ['duplicate tag', [{ tag: 'x', latestRevision: true, percent: 50 }, { tag: 'x', revisionName: 'a-00001', latestRevision: false, percent: 50 }],
      ['[0].tag: Multiple definitions for "x"', '[1].tag: Multiple definitions for "x"']],
    ['bad tag', [{ tag: 'Blue_1', latestRevision: true, percent: 100 }], [expect.stringMatching(/^\[0\]\.tag: invalid value: not a DNS 1035 label: \[a DNS-1035 label must consist/) as unknown as string]],
    ['latestRevision with revisionName', [{ revisionName: 'a-00001', latestRevision: true, percent: 100 }],
      ['[0].latestRevision: may not set revisionName "a-00001" when latestRevision is true']],
    ['latestRevision false without revisionName', [{ latestRevision: false, percent: 100 }],
      ['[0].latestRevision: may not set revisionName "" when latestRevision is false']],
    ['configurationName in a Service', [{ configurationName: 'a', percent: 100 }], ['[0].configurationName: must not set the field(s)']],
    ['percent out of range', [{ latestRevision: true, percent: 101 }], ['[0].percent: expected 0 <= 101 <= 100', ': Traffic targets sum to 101, want 100']],
    ['url in spec', [{ tag: 'x', latestRevision: true, percent: 100, url: 'http://x' }], ['[0].url: must not set the field(s)']],
  ];
  it.each(table)('%s', (_name, traffic, want) => {
    expect(fields(traffic)).toEqual(want);
  });

  it('requires a target in a Route', () => {
    expect(fields([{ percent: 100 }], route)).toEqual(['[0].revisionName, configurationName: expected exactly one, got neither']);
    expect(fields([{ configurationName: 'a', revisionName: 'a-1', latestRevision: false, percent: 100 }], route)).toEqual([
      '[0].revisionName, configurationName: expected exactly one, got both',
    ]);
  });

  it('requires revisionName and tagged urls in status', () => {
    expect(fields([{ tag: 'x', percent: 100, latestRevision: true }], { inService: false, inStatus: true })).toEqual([
      '[0].revisionName: missing field(s)',
      '[0].url: missing field(s)',
    ]);
  });
});
