import { describe, expect, it } from 'vitest';
import { ACTIVATOR_QUEUE_DEPTH, QueueFullError, RevisionThrottler, type Acquired, type Lease } from './throttler';

const pods = (...names: string[]) => names.map((name) => ({ name, data: name }));
const leaseOf = (a: Acquired<string>) => ('lease' in a ? a.lease : undefined);

describe('RevisionThrottler', () => {
  it('buffers while no pod is ready and serves the buffer when one is', async () => {
    const t = new RevisionThrottler<string>(0);
    const a = t.acquire(false, 0);
    const b = t.acquire(false, 0);
    expect('wait' in a && 'wait' in b).toBe(true);
    expect(t.queued).toBe(2);
    t.setPods(pods('p1'), 10);
    const [la, lb] = await Promise.all([(a as { wait: Promise<Lease<string>> }).wait, (b as { wait: Promise<Lease<string>> }).wait]);
    expect([la.pod.name, lb.pod.name, la.proxied]).toEqual(['p1', 'p1', true]);
    expect(t.queued).toBe(0);
  });

  it('answers 503 beyond 10,000 buffered requests', () => {
    const t = new RevisionThrottler<string>(0);
    for (let i = 0; i < ACTIVATOR_QUEUE_DEPTH; i++) t.acquire(true, 0);
    expect(() => t.acquire(true, 0)).toThrow(QueueFullError);
    expect(() => t.acquire(true, 0)).toThrow('pending request queue full');
  });

  it('CC=1: one in flight per pod, 10 queued, then 503', async () => {
    const t = new RevisionThrottler<string>(0);
    t.cc = 1;
    t.setPods(pods('p1'), 0);
    const first = leaseOf(t.acquire(false, 0))!;
    expect(first.pod.name).toBe('p1');
    const queued = Array.from({ length: 10 }, () => t.acquire(false, 0));
    expect(queued.every((q) => 'wait' in q)).toBe(true);
    expect(() => t.acquire(false, 0)).toThrow(QueueFullError);
    t.release(first, 5);
    const next = await (queued[0] as { wait: Promise<Lease<string>> }).wait;
    expect(next.pod.name).toBe('p1');
    expect(t.readyPods[0].inFlight).toBe(1);
  });

  it('through the activator, CC bounds what each pod receives', () => {
    const t = new RevisionThrottler<string>(0);
    t.cc = 2;
    t.setPods(pods('p1', 'p2'), 0);
    const got = Array.from({ length: 5 }, () => t.acquire(true, 0));
    expect(got.filter((g) => 'lease' in g)).toHaveLength(4);
    expect(t.queued).toBe(1);
    expect(t.readyPods.map((p) => p.inFlight)).toEqual([2, 2]);
  });

  it('a cancelled waiter leaves the queue and its concurrency', () => {
    const t = new RevisionThrottler<string>(0);
    const a = t.acquire(true, 0) as { cancel(): void };
    expect(t.queued).toBe(1);
    a.cancel();
    expect(t.queued).toBe(0);
    expect(t.activatorStats.inFlight).toBe(0);
  });

  it('counts proxied requests on the activator and at the pod', async () => {
    const t = new RevisionThrottler<string>(0);
    const a = t.acquire(true, 0) as { wait: Promise<Lease<string>> };
    t.setPods(pods('p1'), 0);
    const lease = await a.wait;
    expect(t.activatorStats.inFlight).toBe(1);
    expect(lease.pod.stats.inFlight).toBe(1);
    t.release(lease, 500);
    const pod = lease.pod.stats.report('p1', 1000);
    expect(pod).toMatchObject({ requestCount: 1, proxiedRequestCount: 1 });
    expect(t.activatorStats.report('activator', 1000)).toMatchObject({ requestCount: 1, averageConcurrency: 0.5, averageProxiedConcurrency: 0, proxiedRequestCount: 0 });
  });
});
