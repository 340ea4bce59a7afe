import { describe, expect, it } from 'vitest';
import { detectRuntimes } from './detect-runtime';
import { forbiddenAddressReason, parseGitUrl } from './git-url';

describe('parseGitUrl', () => {
  it.each([
    ['https://github.com/knative/docs', { kind: 'remote', host: 'github.com', scheme: 'https' }],
    ['ssh://git@gitlab.com/org/repo.git', { kind: 'remote', host: 'gitlab.com', scheme: 'ssh' }],
    ['git@github.com:org/repo.git', { kind: 'remote', host: 'github.com', scheme: 'ssh' }],
    ['/tmp/app', { kind: 'local', path: '/tmp/app' }],
    ['file:///tmp/my%20app', { kind: 'local', path: '/tmp/my app' }],
  ])('accepts %s', (input, location) => {
    expect(parseGitUrl(input, { allowLocal: true })).toEqual({ ok: true, location: expect.objectContaining(location) });
  });

  it.each([
    ['', /Required/],
    ['ftp://example.com/repo', /ftp: scheme is not a Git transport/],
    ['javascript:alert(1)', /not a Git transport/],
    ['https://user:pw@example.com/r', /Secret/],
    ['not a url', /Not a Git URL/],
  ])('rejects %j', (input, error) => {
    const r = parseGitUrl(input, { allowLocal: true });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(error);
  });

  it('refuses local paths on a real cluster', () => {
    const r = parseGitUrl('/srv/repo', { allowLocal: false });
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/embedded engine/) });
  });
});

describe('forbiddenAddressReason', () => {
  it.each(['169.254.169.254', 'fd00:ec2::254', 'fe80::1', '::ffff:169.254.1.1', '0.0.0.0'])('refuses %s', (a) => {
    expect(forbiddenAddressReason(a)).toBeTruthy();
  });
  it.each(['140.82.112.3', '127.0.0.1', '2606:4700::1'])('allows %s', (a) => {
    expect(forbiddenAddressReason(a)).toBeUndefined();
  });
});

describe('detectRuntimes', () => {
  it('names each runtime by its marker file, Dockerfile last', () => {
    expect(detectRuntimes(['Dockerfile', 'package.json', 'README.md']).map((r) => [r.id, r.evidence])).toEqual([
      ['nodejs', 'package.json'],
      ['dockerfile', 'Dockerfile'],
    ]);
    expect(detectRuntimes(['pyproject.toml'])[0]).toMatchObject({ id: 'python', embedded: true });
    expect(detectRuntimes(['main.c'])).toEqual([]);
  });
});
