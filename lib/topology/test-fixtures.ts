import type { KObject } from './types';

/** Small builders for the tests' tables: just the fields the model reads. */
const ns = 'demo';
let rvCounter = 1;

function meta(name: string, extra: Partial<KObject['metadata']> = {}): KObject['metadata'] {
  return { name, namespace: ns, resourceVersion: String(rvCounter++), ...extra };
}

const ready = (status = 'True', reason?: string) => ({ conditions: [{ type: 'Ready', status, ...(reason ? { reason } : {}) }] });

export function ksvc(name: string, opts: { traffic?: { revisionName: string; percent: number; tag?: string }[]; latest?: string; labels?: Record<string, string> } = {}): KObject {
  const latest = opts.latest ?? `${name}-00001`;
  return {
    apiVersion: 'serving.knative.dev/v1',
    kind: 'Service',
    metadata: meta(name, opts.labels ? { labels: opts.labels } : {}),
    spec: { template: {} },
    status: {
      ...ready(),
      url: `http://${name}.${ns}.localhost:8080`,
      address: { url: `http://${name}.${ns}.svc.cluster.local` },
      latestReadyRevisionName: latest,
      latestCreatedRevisionName: latest,
      traffic: opts.traffic ?? [{ revisionName: latest, latestRevision: true, percent: 100 }],
    },
  };
}

export function revision(name: string, service: string): KObject {
  return { apiVersion: 'serving.knative.dev/v1', kind: 'Revision', metadata: meta(name, { labels: { 'serving.knative.dev/service': service } }), status: ready() };
}

export function pod(name: string, rev: string, isReady = true): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: meta(name, { labels: { 'serving.knative.dev/revision': rev } }),
    status: { conditions: [{ type: 'Ready', status: isReady ? 'True' : 'False' }] },
  };
}

export function broker(name: string): KObject {
  return { apiVersion: 'eventing.knative.dev/v1', kind: 'Broker', metadata: meta(name), status: { ...ready(), address: { url: `http://127.0.0.1:8080/${ns}/${name}` } } };
}

const svcRef = (name: string) => ({ ref: { apiVersion: 'serving.knative.dev/v1', kind: 'Service', name } });

export function trigger(name: string, brokerName: string, subscriber: string, filter?: Record<string, string>): KObject {
  return {
    apiVersion: 'eventing.knative.dev/v1',
    kind: 'Trigger',
    metadata: meta(name),
    spec: { broker: brokerName, ...(filter ? { filter: { attributes: filter } } : {}), subscriber: svcRef(subscriber) },
  };
}

export function pingSource(name: string, sink: { ref?: { apiVersion: string; kind: string; name: string }; uri?: string }): KObject {
  return { apiVersion: 'sources.knative.dev/v1', kind: 'PingSource', metadata: meta(name), spec: { schedule: '* * * * *', sink }, status: ready() };
}

export function channel(name: string, owner?: string): KObject {
  return {
    apiVersion: 'messaging.knative.dev/v1',
    kind: 'Channel',
    metadata: meta(name, owner ? { ownerReferences: [{ apiVersion: 'flows.knative.dev/v1', kind: owner, name: 'x', controller: true }] } : {}),
    status: { ...ready(), address: { url: `http://${name}-kn-channel.${ns}.svc.cluster.local` } },
  };
}

export function subscription(name: string, channelName: string, subscriber: string, reply?: string): KObject {
  return {
    apiVersion: 'messaging.knative.dev/v1',
    kind: 'Subscription',
    metadata: meta(name),
    spec: {
      channel: { apiVersion: 'messaging.knative.dev/v1', kind: 'Channel', name: channelName },
      subscriber: svcRef(subscriber),
      ...(reply ? { reply: { ref: { apiVersion: 'eventing.knative.dev/v1', kind: 'Broker', name: reply } } } : {}),
    },
  };
}

export { svcRef };
