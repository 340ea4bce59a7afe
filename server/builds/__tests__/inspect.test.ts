import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHelloRepos } from '@/test/git-fixture';
import type { StatusError } from '@/server/kube/status';
import { inspectRepository } from '../inspect';

let repos: ReturnType<typeof createHelloRepos>;
let second: string;

beforeAll(() => {
  repos = createHelloRepos();
  mkdirSync(path.join(repos.repo, 'services', 'py'), { recursive: true });
  writeFileSync(path.join(repos.repo, 'services', 'py', 'requirements.txt'), 'flask\n');
  writeFileSync(path.join(repos.repo, 'services', 'py', 'app.py'), 'print(1)\n');
  second = repos.commit('v2');
  repos.git('tag', 'v2');
  repos.git('branch', 'old', repos.first);
});

afterAll(() => rmSync(repos.root, { recursive: true, force: true }));

/** The field and message a failed inspection reports. */
async function failure(p: Promise<unknown>) {
  const err = (await p.then(() => undefined, (e) => e)) as StatusError | undefined;
  if (!err) throw new Error('expected a failure');
  return { field: err.causes?.[0]?.field, message: err.message };
}

describe('inspectRepository', () => {
  it('finds the default branch, its commit and the Node.js runtime', async () => {
    const result = await inspectRepository({ url: repos.repo, allowLocal: true });
    expect(result).toMatchObject({ local: true, ref: { kind: 'branch', name: 'main', commit: second }, defaultBranch: 'main', branches: ['main', 'old'], tags: ['v2'], contextDir: '' });
    expect(result.files).toEqual(expect.arrayContaining(['package.json', 'server.js', 'services/']));
    expect(result.runtimes.map((r) => r.id)).toEqual(['nodejs']);
  });

  it('resolves tags, branches and commit ids, and looks into the context dir', async () => {
    expect((await inspectRepository({ url: `file://${repos.repo}`, ref: 'old', allowLocal: true })).ref).toEqual({ kind: 'branch', name: 'old', commit: repos.first });
    expect((await inspectRepository({ url: repos.repo, ref: repos.first, allowLocal: true })).ref.commit).toBe(repos.first);
    expect((await inspectRepository({ url: repos.repo, ref: repos.first.slice(0, 8), allowLocal: true })).ref.commit).toBe(repos.first);
    const py = await inspectRepository({ url: repos.repo, ref: 'v2', contextDir: './services/py/', allowLocal: true });
    expect(py).toMatchObject({ ref: { kind: 'tag', name: 'v2' }, contextDir: 'services/py' });
    expect(py.runtimes.map((r) => r.id)).toEqual(['python']);
  });

  it('says when a ref, a context dir or a commit does not exist', async () => {
    expect(await failure(inspectRepository({ url: repos.repo, ref: 'no-such-branch', allowLocal: true }))).toEqual({ field: 'ref', message: 'Ref "no-such-branch" not found in the repository (no such branch, tag or commit).' });
    expect(await failure(inspectRepository({ url: repos.repo, ref: 'abcdef1', allowLocal: true }))).toMatchObject({ field: 'ref', message: expect.stringMatching(/not found/) });
    expect(await failure(inspectRepository({ url: repos.repo, contextDir: 'nope', allowLocal: true }))).toMatchObject({ field: 'contextDir', message: expect.stringMatching(/"nope" is not a directory/) });
    expect(await failure(inspectRepository({ url: repos.repo, contextDir: 'server.js', allowLocal: true }))).toMatchObject({ field: 'contextDir' });
  });

  it('says a repository is empty, missing or unreachable', async () => {
    expect(await failure(inspectRepository({ url: repos.empty, allowLocal: true }))).toEqual({ field: 'gitUrl', message: expect.stringMatching(/The repository is empty/) });
    expect(await failure(inspectRepository({ url: path.join(repos.root, 'missing'), allowLocal: true }))).toEqual({ field: 'gitUrl', message: expect.stringMatching(/Not a Git repository/) });
    expect(await failure(inspectRepository({ url: 'http://127.0.0.1:9/org/repo.git', allowLocal: true }))).toEqual({ field: 'gitUrl', message: expect.stringMatching(/Cannot reach the repository/) });
    expect(await failure(inspectRepository({ url: 'https://no-such-host.invalid/org/repo.git', allowLocal: true }))).toEqual({ field: 'gitUrl', message: expect.stringMatching(/could not be resolved/) });
  });

  it('refuses metadata addresses, non-git schemes and local paths on a cluster', async () => {
    expect(await failure(inspectRepository({ url: 'http://169.254.169.254/repo.git', allowLocal: true }))).toEqual({ field: 'gitUrl', message: expect.stringMatching(/Refusing to fetch from 169\.254\.169\.254.*link-local/) });
    expect(await failure(inspectRepository({ url: 'http://[fd00:ec2::254]/repo.git', allowLocal: true }))).toEqual({ field: 'gitUrl', message: expect.stringMatching(/EC2 metadata/) });
    expect(await failure(inspectRepository({ url: 'ext::sh -c touch% /tmp/pwned', allowLocal: true }))).toMatchObject({ field: 'gitUrl' });
    expect(await failure(inspectRepository({ url: repos.repo, allowLocal: false }))).toMatchObject({ field: 'gitUrl', message: expect.stringMatching(/embedded engine/) });
  });
});
