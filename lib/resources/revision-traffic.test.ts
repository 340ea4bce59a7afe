import { describe, expect, it } from 'vitest';
import { revisionTraffic, trafficFromServices } from './revision-traffic';
import type { KubeObject } from './types';

describe('revisionTraffic', () => {
  const traffic = [
    { revisionName: 'hello-00002', percent: 80, latestRevision: true },
    { revisionName: 'hello-00001', percent: 20, tag: 'old' },
    { revisionName: 'hello-00002', percent: 0, tag: 'current' },
  ];
  it('sums percents and collects tags per revision', () => {
    expect(revisionTraffic('hello-00002', traffic)).toEqual({ percent: 80, tags: ['current'], routed: true });
    expect(revisionTraffic('hello-00001', traffic)).toEqual({ percent: 20, tags: ['old'], routed: true });
    expect(revisionTraffic('hello-00003', traffic)).toEqual({ percent: 0, tags: [], routed: false });
  });
  it('finds the service through the revision label', () => {
    const rev: KubeObject = { apiVersion: 'serving.knative.dev/v1', kind: 'Revision', metadata: { name: 'hello-00001', labels: { 'serving.knative.dev/service': 'hello' } } };
    const svc: KubeObject = { apiVersion: 'serving.knative.dev/v1', kind: 'Service', metadata: { name: 'hello' }, status: { traffic } };
    expect(trafficFromServices(rev, [svc]).percent).toBe(20);
    expect(trafficFromServices(rev, []).routed).toBe(false);
  });
});
