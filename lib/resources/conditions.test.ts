import { describe, expect, it } from 'vitest';
import { conditionSummary, podReady, podRestarts, podStatus, readiness } from './conditions';
import type { KubeObject } from './types';

const obj = (status: KubeObject['status'], extra: Partial<KubeObject> = {}): KubeObject => ({ apiVersion: 'v1', kind: 'X', metadata: { name: 'x' }, status, ...extra });

describe('readiness', () => {
  it('reads the Ready condition', () => {
    const o = obj({ conditions: [
      { type: 'ConfigurationsReady', status: 'True' },
      { type: 'Ready', status: 'False', reason: 'RevisionFailed', message: 'Revision "a-00001" failed' },
    ] });
    expect(readiness(o)).toEqual({ ready: 'False', reason: 'RevisionFailed', message: 'Revision "a-00001" failed' });
  });
  it('falls back to Succeeded and to empty', () => {
    expect(readiness(obj({ conditions: [{ type: 'Succeeded', status: 'Unknown' }] })).ready).toBe('Unknown');
    expect(readiness(obj(undefined))).toEqual({ ready: '', reason: '', message: '' });
  });
});

describe('conditionSummary', () => {
  it('counts True conditions like kn', () => {
    expect(conditionSummary(obj({ conditions: [{ type: 'A', status: 'True' }, { type: 'Ready', status: 'Unknown' }, { type: 'B', status: 'True' }] }))).toBe('2 OK / 3');
    expect(conditionSummary(obj({}))).toBe('');
  });
});

describe('pod columns', () => {
  const pod = obj(
    { phase: 'Running', containerStatuses: [{ name: 'user-container', ready: true, restartCount: 2, state: { running: {} } }] },
    { spec: { containers: [{ name: 'user-container' }] } },
  );
  it('prints ready containers, phase and restarts', () => {
    expect(podReady(pod)).toBe('1/1');
    expect(podStatus(pod)).toBe('Running');
    expect(podRestarts(pod)).toBe(2);
  });
  it('prefers a waiting reason and Terminating', () => {
    expect(podStatus(obj({ phase: 'Pending', containerStatuses: [{ name: 'c', state: { waiting: { reason: 'CrashLoopBackOff' } } }] }))).toBe('CrashLoopBackOff');
    expect(podStatus({ ...pod, metadata: { name: 'p', deletionTimestamp: '2024-01-01T00:00:00Z' } })).toBe('Terminating');
  });
});
