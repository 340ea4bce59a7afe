import { describe, expect, it } from 'vitest';
import { buildRunOutcome, pickBuildpacksStrategy, shipwrightBuild, shipwrightBuildRun } from './shipwright';

describe('shipwright objects', () => {
  it('builds the repository with buildpacks into the output image', () => {
    const b = shipwrightBuild({ namespace: 'demo', name: 'hello', url: 'https://github.com/org/hello', revision: 'main', contextDir: 'web', outputImage: 'registry.example.com/demo/hello', strategy: 'buildpacks-v3' });
    expect(b.spec).toEqual({
      source: { type: 'Git', git: { url: 'https://github.com/org/hello', revision: 'main' }, contextDir: 'web' },
      strategy: { kind: 'ClusterBuildStrategy', name: 'buildpacks-v3' },
      output: { image: 'registry.example.com/demo/hello' },
    });
    expect(shipwrightBuildRun('demo', 'hello')).toMatchObject({ kind: 'BuildRun', metadata: { generateName: 'hello-' }, spec: { build: { name: 'hello' } } });
  });
  it('reads a BuildRun outcome', () => {
    expect(buildRunOutcome({}, 'r/x')).toEqual({ done: false, message: undefined });
    expect(buildRunOutcome({ status: { conditions: [{ type: 'Succeeded', status: 'False', reason: 'BuildRunTimeout', message: 'took too long' }] } }, 'r/x')).toEqual({ done: true, ok: false, message: 'BuildRunTimeout: took too long' });
    expect(buildRunOutcome({ status: { conditions: [{ type: 'Succeeded', status: 'True' }], output: { digest: 'sha256:abc' } } }, 'r/x:latest')).toEqual({ done: true, ok: true, image: 'r/x:latest@sha256:abc' });
  });
  it('prefers buildpacks-v3', () => {
    expect(pickBuildpacksStrategy(['kaniko', 'buildpacks-v3-heroku', 'buildpacks-v3'])).toBe('buildpacks-v3');
    expect(pickBuildpacksStrategy(['kaniko'])).toBeUndefined();
  });
});
