import { describe, expect, it } from 'vitest';
import { nextRowId, rowsFromTraffic, trafficFromRows, unusedRevisions, unusedTargets } from './convert';
import type { TrafficRow } from './types';

const row = (revisionName: string | null, percent: number, tag = '', id = `r-${revisionName}`): TrafficRow => ({
  id, revisionName, percent, tag, locked: false,
});

describe('rowsFromTraffic', () => {
  it('reads an empty spec.traffic as Knative defaults it: latest ready revision at 100%', () => {
    expect(rowsFromTraffic(undefined)).toMatchObject([{ revisionName: null, percent: 100, tag: '' }]);
    expect(rowsFromTraffic([])).toHaveLength(1);
  });

  it('tells pinned revisions from latestRevision, defaulting latestRevision to revisionName == ""', () => {
    const rows = rowsFromTraffic([
      { revisionName: 'hello-00001', latestRevision: false, percent: 80 },
      { latestRevision: true, percent: 20, tag: 'current' },
      { revisionName: 'hello-00002', tag: 'canary' },
      { percent: 0, tag: 'edge' },
    ]);
    expect(rows.map((r) => [r.revisionName, r.percent, r.tag])).toEqual([
      ['hello-00001', 80, ''],
      [null, 20, 'current'],
      ['hello-00002', 0, 'canary'],
      [null, 0, 'edge'],
    ]);
    expect(new Set(rows.map((r) => r.id)).size).toBe(4);
  });
});

describe('trafficFromRows', () => {
  it('writes revisionName with latestRevision:false, and latestRevision:true without a name', () => {
    expect(trafficFromRows([row('hello-00001', 80), row(null, 20, 'canary')])).toEqual([
      { revisionName: 'hello-00001', latestRevision: false, percent: 80 },
      { tag: 'canary', latestRevision: true, percent: 20 },
    ]);
  });

  it('keeps 0% entries that carry a tag and drops untagged ones', () => {
    expect(trafficFromRows([row('a-00001', 100), row('a-00002', 0, 'canary'), row('a-00003', 0)])).toEqual([
      { revisionName: 'a-00001', latestRevision: false, percent: 100 },
      { tag: 'canary', revisionName: 'a-00002', latestRevision: false, percent: 0 },
    ]);
  });

  it('round-trips what it wrote', () => {
    const spec = [
      { tag: 'stable', revisionName: 'a-00001', latestRevision: false, percent: 70 },
      { latestRevision: true, percent: 30 },
      { tag: 'canary', revisionName: 'a-00002', latestRevision: false, percent: 0 },
    ];
    expect(trafficFromRows(rowsFromTraffic(spec))).toEqual(spec);
  });
});

describe('unusedRevisions / unusedTargets / nextRowId', () => {
  it('offers the revisions no row uses; the select also offers latest while no row floats with it', () => {
    const rows = [row('a-00002', 100)];
    expect(unusedRevisions(rows, ['a-00002', 'a-00001'])).toEqual(['a-00001']);
    expect(unusedTargets(rows, ['a-00002', 'a-00001'])).toEqual(['a-00001', null]);
    expect(unusedRevisions([row('a-00001', 50), row('a-00002', 50)], ['a-00002', 'a-00001'])).toEqual([]);
    expect(unusedTargets([row('a-00001', 50), row(null, 50)], ['a-00001'])).toEqual([]);
  });

  it('offers the revision latest resolves to last while a row floats with latest', () => {
    expect(unusedRevisions([row(null, 100)], ['a-00002', 'a-00001'], 'a-00002')).toEqual(['a-00001', 'a-00002']);
    expect(unusedRevisions([row('a-00002', 100)], ['a-00003', 'a-00002', 'a-00001'], 'a-00001')).toEqual(['a-00003', 'a-00001']);
  });

  it('never reuses a row id', () => {
    const rows = [row('a', 50, '', 'row-1'), row('b', 50, '', 'row-2')];
    expect(['row-1', 'row-2']).not.toContain(nextRowId(rows));
  });
});
