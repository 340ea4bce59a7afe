import type { ContainerState } from './pod-process';

/* eslint-disable @typescript-eslint/no-explicit-any -- core/v1 PodStatus is open JSON here */

const iso = (d: Date) => d.toISOString().replace(/\.\d+Z$/, 'Z');

/**
 * A core/v1 PodStatus for a pod whose single container is in `state`, as the
 * kubelet writes it, so kubectl's READY/STATUS/RESTARTS and the console read
 * the same fields they do on a cluster.
 */
export function podStatus(prev: any, containerName: string, image: string, state: ContainerState | undefined, now = new Date()): any {
  const running = !!state?.startedAt;
  const ready = !!state?.ready;
  const everRan = running || !!state?.lastTerminated;
  const cond = (type: string, status: boolean, reason?: string, message?: string) => {
    const before = prev?.conditions?.find((c: any) => c.type === type);
    const s = status ? 'True' : 'False';
    return {
      type,
      status: s,
      lastProbeTime: null,
      lastTransitionTime: before?.status === s ? before.lastTransitionTime : iso(now),
      ...(reason ? { reason, message } : {}),
    };
  };
  const unready = `containers with unready status: [${containerName}]`;
  const containerStatus: any = {
    name: containerName,
    image,
    imageID: '',
    ready,
    started: running,
    restartCount: state?.restartCount ?? 0,
    state: running
      ? { running: { startedAt: iso(state!.startedAt!) } }
      : { waiting: { reason: state?.waiting?.reason ?? 'ContainerCreating', ...(state?.waiting?.message ? { message: state.waiting.message } : {}) } },
    lastState: state?.lastTerminated
      ? {
          terminated: {
            exitCode: state.lastTerminated.exitCode,
            ...(state.lastTerminated.signal ? { signal: state.lastTerminated.signal } : {}),
            reason: state.lastTerminated.reason,
            message: state.lastTerminated.message,
            startedAt: iso(state.lastTerminated.startedAt),
            finishedAt: iso(state.lastTerminated.finishedAt),
          },
        }
      : {},
    ...(state?.pid ? { containerID: `process://${state.pid}` } : {}),
  };
  return {
    phase: everRan ? 'Running' : 'Pending',
    conditions: [
      cond('PodScheduled', true),
      cond('Initialized', true),
      cond('ContainersReady', ready, ready ? undefined : 'ContainersNotReady', unready),
      cond('Ready', ready, ready ? undefined : 'ContainersNotReady', unready),
    ],
    hostIP: '127.0.0.1',
    podIP: '127.0.0.1',
    podIPs: [{ ip: '127.0.0.1' }],
    startTime: prev?.startTime ?? iso(now),
    containerStatuses: [containerStatus],
    qosClass: 'BestEffort',
  };
}
