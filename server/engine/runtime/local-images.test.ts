import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLocalImage, resolveLocalImage, RUN_COMMAND } from './local-images';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'local-images-'));
const sha = 'abcdef0123456789abcdef0123456789abcdef01';

function image(name: string, config: unknown) {
  const dir = path.join(dataDir, 'images', 'demo', name, sha);
  mkdirSync(path.join(dir, 'src'), { recursive: true });
  writeFileSync(path.join(dir, 'image.json'), JSON.stringify(config));
  return dir;
}

describe('local images', () => {
  it('parses only images.engine.local references', () => {
    expect(parseLocalImage('docker.io/knative/helloworld')).toBeUndefined();
    expect(parseLocalImage('images.engine.local/demo/app:abcdef012345')).toEqual({ namespace: 'demo', name: 'app', tag: 'abcdef012345' });
    expect(parseLocalImage('images.engine.local/../etc:abcdef0')).toHaveProperty('error');
    expect(parseLocalImage('images.engine.local/demo/app:latest')).toHaveProperty('error');
  });

  it('runs the image command in its working directory with its env', () => {
    const dir = image('app', { command: ['npm', 'start'], workingDir: 'src', env: { NODE_ENV: 'production' } });
    expect(resolveLocalImage(dataDir, 'images.engine.local/demo/app:abcdef012345')).toEqual({
      program: { programPath: RUN_COMMAND, args: ['npm', 'start'], cwd: path.join(dir, 'src'), env: { NODE_ENV: 'production' } },
    });
    expect(resolveLocalImage(dataDir, 'ghcr.io/knative/helloworld-go')).toBeUndefined();
  });

  it('says why an image cannot be pulled', () => {
    expect(resolveLocalImage(dataDir, 'images.engine.local/demo/gone:abcdef012345')).toEqual({ error: expect.stringMatching(/failed to pull image .*not found in the engine's image store/) });
    image('escape', { command: ['node', 'x.js'], workingDir: '../../..' });
    expect(resolveLocalImage(dataDir, 'images.engine.local/demo/escape:abcdef0')).toEqual({ error: expect.stringMatching(/outside the image/) });
    image('nocmd', { command: [] });
    expect(resolveLocalImage(dataDir, 'images.engine.local/demo/nocmd:abcdef0')).toEqual({ error: expect.stringMatching(/no command/) });
  });
});
