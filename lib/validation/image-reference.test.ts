import { describe, expect, it } from 'vitest';
import { nameFromImage, parseImageReference } from './image-reference';

describe('parseImageReference', () => {
  it.each([
    ['nginx', { path: 'nginx' }],
    ['docker.io/knative/helloworld', { domain: 'docker.io', path: 'knative/helloworld' }],
    ['gcr.io/knative-samples/helloworld-go:latest', { domain: 'gcr.io', path: 'knative-samples/helloworld-go', tag: 'latest' }],
    ['localhost:5000/app:v1.2', { domain: 'localhost:5000', path: 'app', tag: 'v1.2' }],
    ['registry.example.com:443/team/app__x/y-z', { domain: 'registry.example.com:443', path: 'team/app__x/y-z' }],
    [
      'ghcr.io/org/app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
      { domain: 'ghcr.io', path: 'org/app', digest: 'sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef' },
    ],
  ])('accepts %s', (input, ref) => {
    expect(parseImageReference(input)).toEqual({ ok: true, ref: expect.objectContaining(ref) });
  });

  it.each([
    ['', /Required/],
    ['nginx:', /invalid tag ""/],
    ['Nginx', /must be lowercase/],
    ['docker.io/Knative/app', /must be lowercase/],
    ['app:-bad', /invalid tag/],
    ['app@sha256:xyz', /invalid digest/],
    ['my app', /spaces/],
    ['a//b', /invalid repository/],
    ['app-/x', /invalid repository/],
    ['docker.io/', /repository name is missing/],
  ])('rejects %j', (input, message) => {
    const r = parseImageReference(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
});

describe('nameFromImage', () => {
  it.each([
    ['docker.io/knative/helloworld', 'helloworld'],
    ['gcr.io/knative-samples/helloworld-go:latest', 'helloworld-go'],
    ['quay.io/org/my_app.server@sha256:0123456789abcdef0123456789abcdef', 'my-app-server'],
    ['registry:5000/2048-game', 'game'],
    [`x/${'a'.repeat(80)}`, 'a'.repeat(63)],
  ])('%s → %s', (image, name) => {
    expect(nameFromImage(image)).toBe(name);
  });
});
