import { describe, expect, it } from 'vitest';
import { tagUrls } from './tag-urls';

describe('tagUrls', () => {
  it('lists the tagged status entries that carry a URL', () => {
    const status = [
      { revisionName: 'hello-00001', percent: 80, latestRevision: false },
      { revisionName: 'hello-00002', percent: 20, tag: 'canary', url: 'http://canary-hello.default.localhost:8080', latestRevision: false },
      { revisionName: 'hello-00002', percent: 0, tag: 'pending', latestRevision: true },
    ];
    expect(tagUrls(status)).toEqual([
      { tag: 'canary', url: 'http://canary-hello.default.localhost:8080', revisionName: 'hello-00002' },
    ]);
    expect(tagUrls(undefined)).toEqual([]);
  });
});
