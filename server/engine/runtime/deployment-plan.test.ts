import { describe, expect, it } from 'vitest';
import { planDeployment, type PodView } from './deployment-plan';
import { podTemplateHash } from './template-hash';

const pod = (name: string, hash: string, ready: boolean, created: number): PodView => ({ name, hash, ready, created });

describe('planDeployment', () => {
  it('creates pods up to replicas', () => {
    expect(planDeployment(3, 'h1', [pod('a', 'h1', true, 1)])).toEqual({ create: 2, delete: [] });
  });
  it('scales down not-ready pods first, then the newest', () => {
    const pods = [pod('a', 'h1', true, 1), pod('b', 'h1', true, 2), pod('c', 'h1', false, 0)];
    expect(planDeployment(1, 'h1', pods)).toEqual({ create: 0, delete: ['c', 'b'] });
    expect(planDeployment(0, 'h1', pods).delete.sort()).toEqual(['a', 'b', 'c']);
  });
  it('keeps old pods until new ones are ready (rolling update)', () => {
    const old = [pod('o1', 'h1', true, 1), pod('o2', 'h1', true, 2)];
    expect(planDeployment(2, 'h2', old)).toEqual({ create: 2, delete: [] });
    const oneReady = [...old, pod('n1', 'h2', true, 3), pod('n2', 'h2', false, 4)];
    expect(planDeployment(2, 'h2', oneReady)).toEqual({ create: 0, delete: ['o2'] });
    const allReady = [...old, pod('n1', 'h2', true, 3), pod('n2', 'h2', true, 4)];
    expect(planDeployment(2, 'h2', allReady).delete.sort()).toEqual(['o1', 'o2']);
  });
  it('drops old pods at once when scaled to zero', () => {
    expect(planDeployment(0, 'h2', [pod('o1', 'h1', true, 1)])).toEqual({ create: 0, delete: ['o1'] });
  });
});

describe('podTemplateHash', () => {
  it('is stable across key order and changes with content', () => {
    const a = podTemplateHash({ spec: { containers: [{ image: 'x', name: 'c' }] } });
    expect(podTemplateHash({ spec: { containers: [{ name: 'c', image: 'x' }] } })).toBe(a);
    expect(podTemplateHash({ spec: { containers: [{ name: 'c', image: 'y' }] } })).not.toBe(a);
    expect(a).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]+$/);
  });
});
