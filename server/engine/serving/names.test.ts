import { describe, expect, it } from 'vitest';
import { childName, deploymentNameFor, revisionNameFor, routeUrl } from './names';

describe('childName (kmeta.ChildName)', () => {
  it('appends short suffixes', () => {
    expect(revisionNameFor('hello', 1)).toBe('hello-00001');
    expect(revisionNameFor('hello', 123456)).toBe('hello-123456');
    expect(deploymentNameFor('hello-00001')).toBe('hello-00001-deployment');
  });
  it('hashes a parent too long for the suffix, staying within 63 characters', () => {
    const parent = 'a'.repeat(60);
    const name = childName(parent, '-00001');
    expect(name).toHaveLength(63);
    expect(name.endsWith('-00001')).toBe(true);
    expect(name.startsWith('a'.repeat(25))).toBe(true);
    expect(childName(parent, '-00001')).toBe(name);
    expect(childName('b'.repeat(60), '-00001')).not.toBe(name);
  });
  it('keeps names that fit exactly', () => {
    const parent = 'a'.repeat(57);
    expect(childName(parent, '-00001')).toBe(parent + '-00001');
  });
  it('formats route URLs', () => {
    expect(routeUrl('hello', 'default', 8080)).toBe('http://hello.default.localhost:8080');
    expect(routeUrl('hello', 'default', 8080, 'blue')).toBe('http://blue-hello.default.localhost:8080');
  });
});
