import { describe, expect, it } from 'vitest';
import { resolveTraffic, trafficMigrated, type TrafficLookup } from './resolve';

const lookup: TrafficLookup = {
  configuration: (n) =>
    ({
      hello: { latestReadyRevisionName: 'hello-00002', ready: 'Unknown' as const },
      fresh: { ready: 'Unknown' as const },
      broken: { ready: 'False' as const },
    })[n],
  revision: (n) => ({ 'hello-00001': { ready: 'True' as const }, 'hello-00003': { ready: 'Unknown' as const }, 'hello-bad': { ready: 'False' as const } })[n],
};
const url = (tag: string) => `http://${tag}-hello.default.localhost:8080`;

describe('resolveTraffic', () => {
  it('sends latestRevision targets to the latest ready revision, not the latest created', () => {
    expect(resolveTraffic([{ configurationName: 'hello', latestRevision: true, percent: 100 }], lookup, url)).toEqual({
      ok: true,
      traffic: [{ revisionName: 'hello-00002', latestRevision: true, percent: 100 }],
    });
  });
  it('keeps tags with their URL, including 0% tags', () => {
    const r = resolveTraffic(
      [
        { configurationName: 'hello', latestRevision: true, percent: 100, tag: 'latest' },
        { revisionName: 'hello-00001', latestRevision: false, percent: 0, tag: 'old' },
      ],
      lookup,
      url,
    );
    expect(r).toEqual({
      ok: true,
      traffic: [
        { tag: 'latest', revisionName: 'hello-00002', latestRevision: true, percent: 100, url: 'http://latest-hello.default.localhost:8080' },
        { tag: 'old', revisionName: 'hello-00001', latestRevision: false, percent: 0, url: 'http://old-hello.default.localhost:8080' },
      ],
    });
  });
  it.each([
    [{ configurationName: 'nope', percent: 100 }, 'False', 'ConfigurationMissing', 'Configuration "nope" referenced in traffic not found.'],
    [{ configurationName: 'fresh', percent: 100 }, 'Unknown', 'RevisionMissing', 'Configuration "fresh" is waiting for a Revision to become ready.'],
    [{ configurationName: 'broken', percent: 100 }, 'False', 'RevisionMissing', 'Configuration "broken" does not have any ready Revision.'],
    [{ revisionName: 'hello-00009', percent: 100 }, 'False', 'RevisionMissing', 'Revision "hello-00009" referenced in traffic not found.'],
    [{ revisionName: 'hello-00003', percent: 100 }, 'Unknown', 'RevisionMissing', 'Revision "hello-00003" is not yet ready.'],
    [{ revisionName: 'hello-bad', percent: 100 }, 'False', 'RevisionMissing', 'Revision "hello-bad" failed to become ready.'],
  ])('reports %o as %s %s', (target, status, reason, message) => {
    expect(resolveTraffic([target], lookup, url)).toEqual({ ok: false, condition: { status, reason, message } });
  });
});

describe('trafficMigrated', () => {
  const spec = [{ configurationName: 'hello', latestRevision: true, percent: 100 }];
  it('is true when the route serves the latest ready revision', () => {
    expect(trafficMigrated(spec, [{ revisionName: 'hello-00002', latestRevision: true, percent: 100 }], 'hello', 'hello-00002')).toBe(true);
  });
  it('is false while the route still serves an older revision or has no status', () => {
    expect(trafficMigrated(spec, [{ revisionName: 'hello-00001', latestRevision: true, percent: 100 }], 'hello', 'hello-00002')).toBe(false);
    expect(trafficMigrated(spec, undefined, 'hello', 'hello-00002')).toBe(false);
  });
});
