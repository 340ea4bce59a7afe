import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Registry } from 'prom-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../store/store';
import { startAutoscaler, type Autoscaler } from '../index';
import { DEPLOYMENT_GR, PA_GR } from '../pa-controller';

/** How a new PodAutoscaler starts, before any load: initial scale, the class check. */

const NS = 'default';
let dir: string;
let store: Store;
let autoscaler: Autoscaler;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'autoscaler-start-'));
  store = new Store(dir);
  autoscaler = startAutoscaler({ store, registry: new Registry() }, { env: {} });
});

afterEach(async () => {
  await autoscaler.stop();
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

function create(rev: string, annotations: Record<string, string>, replicas = 1) {
  store.create(DEPLOYMENT_GR, {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: `${rev}-deployment`, namespace: NS, labels: { 'serving.knative.dev/revision': rev } },
    spec: { replicas },
  });
  store.create(PA_GR, {
    apiVersion: 'autoscaling.internal.knative.dev/v1alpha1',
    kind: 'PodAutoscaler',
    metadata: { name: rev, namespace: NS, labels: { 'serving.knative.dev/revision': rev }, annotations },
    spec: { containerConcurrency: 0, reachability: 'Reachable', scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: `${rev}-deployment` } },
  });
}

const settle = () => new Promise((r) => setTimeout(r, 100));
const conds = (rev: string) => store.get(PA_GR, NS, rev)!.status.conditions as { type: string; status: string; reason?: string; message?: string }[];
const cond = (rev: string, type: string) => conds(rev).find((c) => c.type === type);

describe('a new PodAutoscaler', () => {
  it('is activating (Queued) with no pods yet, and reports no desired scale', async () => {
    create('a-00001', {});
    await settle();
    expect(cond('a-00001', 'Active')).toMatchObject({ status: 'Unknown', reason: 'Queued' });
    expect(cond('a-00001', 'Ready')?.status).toBe('Unknown');
    expect(cond('a-00001', 'ScaleTargetInitialized')?.status).toBe('Unknown');
    expect(store.get(PA_GR, NS, 'a-00001')!.status).toMatchObject({ desiredScale: -1, actualScale: 0 });
    expect(store.get(DEPLOYMENT_GR, NS, 'a-00001-deployment')!.spec.replicas).toBe(1);
    expect(autoscaler.activatorMode({ namespace: NS, name: 'a-00001' })).toBe('Proxy');
  });

  it('brings the Deployment to initial-scale while activating', async () => {
    create('b-00001', { 'autoscaling.knative.dev/initial-scale': '3' });
    await settle();
    expect(store.get(DEPLOYMENT_GR, NS, 'b-00001-deployment')!.spec.replicas).toBe(3);
    expect(store.get(PA_GR, NS, 'b-00001')!.status.desiredScale).toBe(3);
  });

  it('honours min-scale from the start', async () => {
    create('c-00001', { 'autoscaling.knative.dev/min-scale': '2' });
    await settle();
    expect(store.get(DEPLOYMENT_GR, NS, 'c-00001-deployment')!.spec.replicas).toBe(2);
  });

  it('says so when asked for an autoscaler class it does not have', async () => {
    create('d-00001', { 'autoscaling.knative.dev/class': 'hpa.autoscaling.knative.dev' });
    await settle();
    expect(cond('d-00001', 'Active')).toMatchObject({ status: 'False', reason: 'UnsupportedClass' });
    expect(cond('d-00001', 'Ready')).toMatchObject({ status: 'False', reason: 'UnsupportedClass' });
    expect(cond('d-00001', 'Active')?.message).toContain('hpa.autoscaling.knative.dev');
  });
});
