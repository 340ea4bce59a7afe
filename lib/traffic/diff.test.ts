import { describe, expect, it } from 'vitest';
import { lineDiff, trafficDiff, trafficYaml } from './diff';

describe('trafficYaml', () => {
  it('renders spec.traffic in Knative field order whatever order the object had', () => {
    expect(trafficYaml([{ percent: 100, latestRevision: true, tag: 'cur' }])).toBe(
      'spec:\n  traffic:\n    - tag: cur\n      latestRevision: true\n      percent: 100\n',
    );
  });
});

describe('lineDiff', () => {
  it('marks removed and added lines around the common ones', () => {
    expect(lineDiff('a\nb\nc\n', 'a\nx\nc\n')).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'remove', text: 'b' },
      { kind: 'add', text: 'x' },
      { kind: 'same', text: 'c' },
    ]);
  });

  it('shows a move from 100% latest to an 80/20 split with a tag', () => {
    const diff = trafficDiff(
      [{ latestRevision: true, percent: 100 }],
      [
        { revisionName: 'hello-00001', latestRevision: false, percent: 80 },
        { tag: 'canary', revisionName: 'hello-00002', latestRevision: false, percent: 20 },
      ],
    );
    const added = diff.filter((l) => l.kind === 'add').map((l) => l.text.trim());
    const removed = diff.filter((l) => l.kind === 'remove').map((l) => l.text.trim());
    expect(removed).toEqual(['- latestRevision: true', 'percent: 100']);
    expect(added).toContain('- tag: canary');
    expect(added).toContain('percent: 80');
    expect(added).toContain('percent: 20');
    expect(diff.slice(0, 2)).toEqual([
      { kind: 'same', text: 'spec:' },
      { kind: 'same', text: '  traffic:' },
    ]);
  });
});
