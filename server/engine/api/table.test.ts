import { describe, expect, it } from 'vitest';
import { findType } from '../resources';
import type { KubeObject } from '../resources/types';
import { humanDuration } from './duration';
import { podStatus } from './printers';
import { negotiate, toTable } from './table';

const now = Date.parse('2025-01-01T12:00:00Z');

describe('Accept negotiation', () => {
  it('picks the Table kubectl asks for first, else plain JSON', () => {
    expect(negotiate('application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json')).toEqual({ as: 'Table', version: 'v1' });
    expect(negotiate('application/json;as=Table;v=v2;g=meta.k8s.io,application/json')).toEqual({ as: 'object' });
    expect(negotiate('application/json;as=PartialObjectMetadataList;v=v1;g=meta.k8s.io')).toEqual({ as: 'PartialObjectMetadata', version: 'v1' });
    expect(negotiate(undefined)).toEqual({ as: 'object' });
  });
});

describe('human durations (kubectl AGE)', () => {
  it.each([
    [5_000, '5s'],
    [119_000, '119s'],
    [200_000, '3m20s'],
    [180_000, '3m'],
    [3_600_000 * 2 + 60_000 * 5, '125m'],
    [3_600_000 * 5 + 60_000 * 5, '5h5m'],
    [3_600_000 * 30, '30h'],
    [86_400_000 * 3 + 3_600_000, '3d1h'],
    [86_400_000 * 40, '40d'],
  ])('%d ms is %s', (ms, text) => expect(humanDuration(ms)).toBe(text));
});

describe('Tables', () => {
  it('prints a Knative Service with its CRD columns and no AGE, as a cluster does', () => {
    const ksvc = {
      apiVersion: 'serving.knative.dev/v1',
      kind: 'Service',
      metadata: { name: 'hello', namespace: 'default', creationTimestamp: '2025-01-01T11:00:00Z' },
      status: {
        url: 'http://hello.default.localhost:8080',
        latestCreatedRevisionName: 'hello-00002',
        latestReadyRevisionName: 'hello-00001',
        conditions: [{ type: 'Ready', status: 'False', reason: 'RevisionFailed' }],
      },
    } as KubeObject;
    const table = toTable(findType('serving.knative.dev', 'services')!, [ksvc], { version: 'v1', includeObject: 'Metadata', resourceVersion: '7', now });
    expect(table.columnDefinitions.map((c) => c.name)).toEqual(['Name', 'URL', 'LatestCreated', 'LatestReady', 'Ready', 'Reason']);
    expect(table.rows[0].cells).toEqual(['hello', 'http://hello.default.localhost:8080', 'hello-00002', 'hello-00001', 'False', 'RevisionFailed']);
    expect(table.rows[0].object).toEqual({ kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: ksvc.metadata });
  });

  it('prints broker AGE from its date column and empty cells as null', () => {
    const broker = { apiVersion: 'eventing.knative.dev/v1', kind: 'Broker', metadata: { name: 'default', creationTimestamp: '2025-01-01T11:55:00Z' } } as KubeObject;
    const table = toTable(findType('eventing.knative.dev', 'brokers')!, [broker], { version: 'v1', includeObject: 'None', resourceVersion: '1', now });
    expect(table.rows[0]).toEqual({ cells: ['default', null, '5m', null, null] });
  });

  it('computes pod READY / STATUS / RESTARTS like kubectl', () => {
    const pod = {
      spec: { containers: [{ name: 'a' }, { name: 'b' }] },
      status: {
        phase: 'Running',
        containerStatuses: [
          { name: 'a', ready: true, restartCount: 1, state: { running: {} } },
          { name: 'b', ready: false, restartCount: 2, state: { waiting: { reason: 'CrashLoopBackOff' } } },
        ],
      },
      metadata: { name: 'p' },
    };
    expect(podStatus(pod)).toEqual({ ready: '1/2', status: 'CrashLoopBackOff', restarts: '3' });
    expect(podStatus({ ...pod, metadata: { name: 'p', deletionTimestamp: 'x' } }).status).toBe('Terminating');
    expect(podStatus({ spec: { containers: [{ name: 'a' }] }, status: { phase: 'Pending' }, metadata: {} })).toEqual({ ready: '0/1', status: 'Pending', restarts: '0' });
  });
});
