import { describe, expect, it } from 'vitest';
import { contextDirError, gitSourceOf, importGitSchema, knativeServiceFromGit, normalizeContextDir } from './import-git';

const base = { namespace: 'demo', name: 'hello', gitUrl: 'https://github.com/org/hello' };

describe('importGitSchema', () => {
  it('accepts a minimal import and defaults the rest', () => {
    expect(importGitSchema.parse(base)).toMatchObject({ ...base, contextDir: '', env: [], scaling: {} });
  });
  it.each([
    [{ name: 'Hello' }, 'name'],
    [{ gitUrl: '' }, 'gitUrl'],
    [{ ref: '--upload-pack=x' }, 'ref'],
    [{ contextDir: '../etc' }, 'contextDir'],
    [{ runtime: 'cobol' }, 'runtime'],
    [{ scaling: { min: 3, max: 1 } }, 'scaling'],
    [{ outputImage: 'registry.example.com/app:bad tag!' }, 'outputImage'],
  ])('names the field of %j', (patch, field) => {
    const r = importGitSchema.safeParse({ ...base, ...patch });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].path[0]).toBe(field);
  });
});

describe('context dir', () => {
  it('stays inside the repository', () => {
    expect(contextDirError('services/api')).toBeUndefined();
    expect(contextDirError('/abs')).toMatch(/no leading/);
    expect(contextDirError('a/../../b')).toMatch(/inside/);
    expect(normalizeContextDir('./services//api/')).toBe('services/api');
  });
});

describe('knativeServiceFromGit', () => {
  it('maps env, scaling and application as Deploy Image does and records the source on the service', () => {
    const input = importGitSchema.parse({ ...base, application: 'shop', env: [{ source: 'value', name: 'A', value: '1' }], scaling: { min: 1, max: 3 } });
    const src = { url: base.gitUrl, ref: 'main', commit: 'a'.repeat(40), contextDir: '', runtime: 'nodejs' };
    const ksvc = knativeServiceFromGit(input, 'images.engine.local/demo/hello:aaaaaaaaaaaa', src);
    expect(ksvc.metadata.labels).toEqual({ 'app.kubernetes.io/part-of': 'shop' });
    expect(ksvc.metadata.annotations).toEqual({
      'console.serverless.dev/git-url': base.gitUrl,
      'console.serverless.dev/git-ref': 'main',
      'console.serverless.dev/git-commit': 'a'.repeat(40),
      'console.serverless.dev/runtime': 'nodejs',
    });
    expect(ksvc.spec.template.metadata.annotations).toEqual({ 'autoscaling.knative.dev/min-scale': '1', 'autoscaling.knative.dev/max-scale': '3' });
    expect(ksvc.spec.template.spec.containers[0]).toEqual({ image: 'images.engine.local/demo/hello:aaaaaaaaaaaa', env: [{ name: 'A', value: '1' }] });
    expect(gitSourceOf(ksvc)).toEqual(src);
  });
});
