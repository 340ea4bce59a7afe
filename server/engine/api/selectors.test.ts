import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../resources/types';
import { matchesFields, matchesLabels, parseFieldSelector, parseLabelSelector } from './selectors';

const labels = { app: 'hello', tier: 'web', version: '3' };

describe('label selectors', () => {
  it.each([
    ['app=hello', true],
    ['app==hello', true],
    ['app!=hello', false],
    ['app=other', false],
    ['app in (a,hello),tier', true],
    ['app notin (hello)', false],
    ['missing notin (x)', true],
    ['!missing', true],
    ['!app', false],
    ['tier,app=hello', true],
    ['version>2', true],
    ['version<3', false],
    ['', true],
    ['app=hello, tier = web', true],
  ])('%s matches: %s', (selector, expected) => {
    expect(matchesLabels(parseLabelSelector(selector), labels)).toBe(expected);
  });

  it('rejects malformed selectors with a 400 naming the selector', () => {
    expect(() => parseLabelSelector('app=bad value!')).toThrow(/invalid label value/);
    expect(() => parseLabelSelector('-bad=x')).toThrow(/invalid label key/);
  });
});

describe('field selectors', () => {
  const obj = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p1', namespace: 'ns1' }, status: { phase: 'Running' } } as KubeObject;
  it.each([
    ['metadata.name=p1', true],
    ['metadata.name==p1', true],
    ['metadata.name=p2', false],
    ['metadata.namespace!=ns1', false],
    ['metadata.name=p1,status.phase=Running', true],
    ['spec.nodeName=', true],
  ])('%s matches: %s', (selector, expected) => {
    expect(matchesFields(parseFieldSelector(selector), obj)).toBe(expected);
  });

  it('rejects a requirement without an operator', () => {
    expect(() => parseFieldSelector('metadata.name')).toThrow(/can't understand/);
  });
});
