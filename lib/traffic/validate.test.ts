import { describe, expect, it } from 'vitest';
import { dns1035LabelErrors, formatProblem, tagError, validateTraffic } from './validate';

const DNS_MSG =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";

describe('tags', () => {
  it.each(['canary', 'v2', 'a', 'blue-green', 'a'.repeat(63)])('accepts %s', (tag) => {
    expect(tagError(tag)).toBeUndefined();
  });

  it.each(['Canary', '2nd', 'canary-', 'under_score', 'dot.ted', '-x'])('rejects %s with Knative\'s text', (tag) => {
    expect(tagError(tag)).toBe(`invalid value: not a DNS 1035 label: [${DNS_MSG}]`);
  });

  it('reports length and shape together, as IsDNS1035Label does', () => {
    expect(dns1035LabelErrors('a'.repeat(64))).toEqual(['must be no more than 63 characters']);
    expect(dns1035LabelErrors('A'.repeat(64))).toEqual(['must be no more than 63 characters', DNS_MSG]);
  });
});

describe('validateTraffic', () => {
  it('accepts an 80/20 split with a tag', () => {
    expect(
      validateTraffic([
        { revisionName: 'hello-00001', latestRevision: false, percent: 80 },
        { revisionName: 'hello-00002', percent: 20, tag: 'canary' },
      ]),
    ).toEqual([]);
  });

  it('says what the sum is', () => {
    const problems = validateTraffic([{ latestRevision: true, percent: 60 }, { revisionName: 'x-00001', percent: 30 }]);
    expect(problems.map(formatProblem)).toEqual(['Traffic targets sum to 90, want 100: spec.traffic']);
  });

  it('names both entries of a duplicated tag', () => {
    const problems = validateTraffic([
      { revisionName: 'x-00001', percent: 50, tag: 'canary' },
      { revisionName: 'x-00002', percent: 50, tag: 'canary' },
    ]);
    expect(problems).toEqual([
      { paths: ['spec.traffic[1].tag', 'spec.traffic[0].tag'], message: 'Multiple definitions for "canary"', rows: [1, 0] },
    ]);
  });

  it('enforces the latestRevision / revisionName pairing', () => {
    expect(validateTraffic([{ revisionName: 'x-00001', latestRevision: true, percent: 100 }]).map(formatProblem)).toEqual([
      'may not set revisionName "x-00001" when latestRevision is true: spec.traffic[0].latestRevision',
    ]);
    expect(validateTraffic([{ latestRevision: false, percent: 100 }]).map(formatProblem)).toEqual([
      'may not set revisionName "" when latestRevision is false: spec.traffic[0].latestRevision',
    ]);
  });

  it('bounds each percent and rejects url and configurationName in spec', () => {
    const messages = validateTraffic([
      { revisionName: 'x-00001', percent: 150, url: 'http://x' },
      { configurationName: 'x', percent: -50 },
    ]).map(formatProblem);
    expect(messages).toEqual([
      'expected 0 <= 150 <= 100: spec.traffic[0].percent',
      'must not set the field(s): spec.traffic[0].url',
      'must not set the field(s): spec.traffic[1].configurationName',
      'expected 0 <= -50 <= 100: spec.traffic[1].percent',
    ]);
  });

  it('places a bad tag where Knative does', () => {
    const [p] = validateTraffic([{ latestRevision: true, percent: 100, tag: 'Bad' }]);
    expect(p.paths).toEqual(['spec.traffic.tag[0]']);
    expect(p.rows).toEqual([0]);
  });
});
