import { describe, expect, it } from 'vitest';
import { podStatus } from './pod-status';

const now = new Date('2026-01-01T00:00:00Z');

describe('podStatus', () => {
  it('is Pending and ContainerCreating before the process listens', () => {
    const s = podStatus(undefined, 'user-container', 'img', { port: 1, ready: false, restartCount: 0, waiting: { reason: 'ContainerCreating' } }, now);
    expect(s.phase).toBe('Pending');
    expect(s.containerStatuses[0].state).toEqual({ waiting: { reason: 'ContainerCreating' } });
    expect(s.conditions.find((c: { type: string }) => c.type === 'Ready').status).toBe('False');
  });
  it('is Running and Ready once the port answers', () => {
    const s = podStatus(undefined, 'user-container', 'img', { port: 1, ready: true, restartCount: 0, startedAt: now, pid: 42 }, now);
    expect(s.phase).toBe('Running');
    expect(s.containerStatuses[0]).toMatchObject({ ready: true, started: true, state: { running: { startedAt: '2026-01-01T00:00:00Z' } } });
    expect(s.conditions.find((c: { type: string }) => c.type === 'Ready').status).toBe('True');
  });
  it('shows CrashLoopBackOff, the restart count and the last termination', () => {
    const s = podStatus(undefined, 'user-container', 'img', {
      port: 1, ready: false, restartCount: 2,
      waiting: { reason: 'CrashLoopBackOff', message: 'back-off 2s' },
      lastTerminated: { exitCode: 1, reason: 'Error', message: 'boom', startedAt: now, finishedAt: now },
    }, now);
    expect(s.phase).toBe('Running');
    expect(s.containerStatuses[0]).toMatchObject({
      restartCount: 2,
      state: { waiting: { reason: 'CrashLoopBackOff' } },
      lastState: { terminated: { exitCode: 1, reason: 'Error', message: 'boom' } },
    });
  });
});
