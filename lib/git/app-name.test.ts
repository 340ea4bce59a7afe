import { describe, expect, it } from 'vitest';
import { nameFromGitUrl } from './app-name';

describe('nameFromGitUrl', () => {
  it.each([
    ['https://github.com/knative/docs', 'docs'],
    ['https://github.com/org/My_App.git', 'my-app'],
    ['git@github.com:org/repo.git', 'repo'],
    ['/tmp/git-import-x1/hello-node/', 'hello-node'],
    ['file:///srv/repos/Shop.Front.git', 'shop-front'],
    ['https://example.com/org/--weird--', 'weird'],
    [`https://example.com/${'a'.repeat(70)}-`, 'a'.repeat(63)],
    ['', ''],
  ])('%s → %s', (url, name) => expect(nameFromGitUrl(url)).toBe(name));
});
