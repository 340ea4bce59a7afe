import { describe, expect, it } from 'vitest';
import { tagMessages } from './row-problems';
import type { TrafficRow } from './types';

const row = (id: string, tag: string): TrafficRow => ({ id, revisionName: id, percent: 50, tag, locked: false });

describe('tagMessages', () => {
  it('flags every row sharing a tag and leaves distinct tags alone', () => {
    expect(tagMessages([row('a', 'canary'), row('b', 'canary'), row('c', 'stable'), row('d', '')])).toEqual({
      a: 'Multiple definitions for "canary"',
      b: 'Multiple definitions for "canary"',
      c: undefined,
      d: undefined,
    });
  });

  it('gives the DNS-1035 message first for a malformed tag', () => {
    expect(tagMessages([row('a', 'Canary')]).a).toMatch(/^invalid value: not a DNS 1035 label: \[a DNS-1035 label must consist/);
  });
});
