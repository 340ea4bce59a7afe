import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultAutoscalerConfig } from '../../autoscaler/config';
import { Store } from '../../store/store';
import { GR, L } from '../labels';
import { startReconcilers } from '../reconcilers';

/* eslint-disable @typescript-eslint/no-explicit-any -- test objects are open JSON */

let stop: (() => void) | undefined;
afterEach(() => stop?.());

function setup() {
  const store = new Store(mkdtempSync(path.join(os.tmpdir(), 'reconcilers-')));
  const r = startReconcilers(store, { ingressPort: 8080, autoscaling: defaultAutoscalerConfig() });
  stop = () => {
    r.stop();
    store.close();
  };
  return store;
}

const settle = () => new Promise((r) => setTimeout(r, 50));
const cond = (obj: any, type: string) => obj?.status?.conditions?.find((c: any) => c.type === type);

describe('serving reconcilers (no pods running)', () => {
  it('turns a Service into a Configuration, a Route, a Revision, a Deployment and a PodAutoscaler', async () => {
    const store = setup();
    store.create(GR.services, {
      apiVersion: 'serving.knative.dev/v1',
      kind: 'Service',
      metadata: { name: 'hello', namespace: 'default' },
      spec: {
        template: { metadata: { annotations: { 'autoscaling.knative.dev/min-scale': '2' } }, spec: { containers: [{ name: 'user-container', image: 'img', env: [{ name: 'TARGET', value: 'x' }] }] } },
        traffic: [{ latestRevision: true, percent: 100 }],
      },
    });
    await settle();
    const route = store.get(GR.routes, 'default', 'hello')!;
    expect(route.spec.traffic).toEqual([{ latestRevision: true, percent: 100, configurationName: 'hello' }]);
    const rev = store.get(GR.revisions, 'default', 'hello-00001')!;
    expect(rev.metadata.labels).toMatchObject({ [L.service]: 'hello', [L.configuration]: 'hello', [L.configurationGeneration]: '1', [L.routingState]: 'pending' });
    expect(rev.metadata.annotations?.['autoscaling.knative.dev/min-scale']).toBe('2');
    const dep = store.get(GR.deployments, 'default', 'hello-00001-deployment')!;
    expect(dep.spec.template.spec.containers[0].env).toEqual([
      { name: 'TARGET', value: 'x' },
      { name: 'K_REVISION', value: 'hello-00001' },
      { name: 'K_CONFIGURATION', value: 'hello' },
      { name: 'K_SERVICE', value: 'hello' },
    ]);
    expect(dep.spec.template.metadata.labels).toMatchObject({ [L.revision]: 'hello-00001', app: 'hello-00001' });
    expect(dep.metadata.ownerReferences?.[0]).toMatchObject({ kind: 'Revision', name: 'hello-00001', controller: true });
    const pa = store.get(GR.podautoscalers, 'default', 'hello-00001')!;
    expect(pa.spec).toMatchObject({ containerConcurrency: 0, reachability: '', protocolType: 'http1' });
    expect(pa.metadata.annotations).toMatchObject({ 'autoscaling.knative.dev/class': 'kpa.autoscaling.knative.dev', 'autoscaling.knative.dev/min-scale': '2' });
    expect(cond(rev, 'Ready')).toMatchObject({ status: 'Unknown', reason: 'Deploying' });
    expect(cond(rev, 'Active')).toMatchObject({ status: 'Unknown', reason: 'Deploying' });
    const svc = store.get(GR.services, 'default', 'hello')!;
    expect(cond(svc, 'Ready')?.status).toBe('Unknown');
    expect(cond(route, 'AllTrafficAssigned')).toMatchObject({ status: 'Unknown', reason: 'RevisionMissing', message: 'Configuration "hello" is waiting for a Revision to become ready.' });
  });

  it('fails the revision, configuration and service when the container keeps exiting', async () => {
    const store = setup();
    store.create(GR.services, {
      apiVersion: 'serving.knative.dev/v1',
      kind: 'Service',
      metadata: { name: 'crash', namespace: 'default' },
      spec: { template: { spec: { containers: [{ name: 'user-container', image: 'img' }] } }, traffic: [{ latestRevision: true, percent: 100 }] },
    });
    await settle();
    const now = new Date().toISOString();
    store.create(GR.pods, {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'crash-00001-deployment-x-y', namespace: 'default', labels: { [L.revision]: 'crash-00001' } },
      spec: { containers: [{ name: 'user-container', image: 'img' }] },
      status: {
        phase: 'Running',
        containerStatuses: [{ name: 'user-container', ready: false, restartCount: 2, state: { waiting: { reason: 'CrashLoopBackOff' } }, lastState: { terminated: { exitCode: 3, reason: 'Error', message: 'boom', startedAt: now, finishedAt: now } } }],
      },
    });
    await settle();
    const rev = store.get(GR.revisions, 'default', 'crash-00001')!;
    expect(cond(rev, 'ContainerHealthy')).toMatchObject({ status: 'False', reason: 'ExitCode3', message: 'Container failed with: boom' });
    expect(cond(rev, 'Ready')).toMatchObject({ status: 'False', reason: 'ExitCode3' });
    const cfg = store.get(GR.configurations, 'default', 'crash')!;
    expect(cond(cfg, 'Ready')).toMatchObject({ status: 'False', reason: 'RevisionFailed', message: 'Revision "crash-00001" failed with message: Container failed with: boom.' });
    const svc = store.get(GR.services, 'default', 'crash')!;
    expect(cond(svc, 'ConfigurationsReady')).toMatchObject({ status: 'False', reason: 'RevisionFailed' });
    expect(cond(svc, 'Ready')?.status).toBe('False');
    const route = store.get(GR.routes, 'default', 'crash')!;
    expect(cond(route, 'AllTrafficAssigned')).toMatchObject({ status: 'False', reason: 'RevisionMissing', message: 'Configuration "crash" does not have any ready Revision.' });
  });
});
