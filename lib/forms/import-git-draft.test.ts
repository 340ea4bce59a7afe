import { describe, expect, it } from 'vitest';
import { importGitSchema } from '../schemas/import-git';
import { emptyImportGitDraft, importGitInput } from './import-git-draft';

describe('importGitInput', () => {
  it('leaves empty fields out so the schema defaults them', () => {
    const input = importGitInput('demo', { ...emptyImportGitDraft(), gitUrl: ' https://github.com/org/app ', name: 'app' });
    expect(input).toEqual({ namespace: 'demo', name: 'app', gitUrl: 'https://github.com/org/app', ref: undefined, contextDir: '', runtime: undefined, application: undefined, env: [], scaling: { min: undefined, max: undefined }, outputImage: undefined });
    expect(importGitSchema.safeParse(input).success).toBe(true);
  });
  it('parses scaling and keeps a typo visible to the schema', () => {
    const draft = { ...emptyImportGitDraft(), gitUrl: '/tmp/r', name: 'app', runtime: 'python' as const, scaling: { min: '1', max: 'x' } };
    const input = importGitInput('demo', draft);
    expect(input.scaling).toEqual({ min: 1, max: NaN });
    const parsed = importGitSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0].path).toEqual(['scaling', 'max']);
  });
});
