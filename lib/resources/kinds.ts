import {
  addressColumn, ageColumn, detail, field, label, readyReason, readyColumn, urlColumn,
  type Column, type DetailField, type KindId,
} from './columns';
import { podReady, podRestarts, podStatus } from './conditions';
import { formatDestination } from './format';
import { trafficFromServices } from './revision-traffic';
import type { Destination, KubeObject } from './types';

export type { KindId } from './columns';

/** Everything the console knows about a kind: its API identity, its list columns, its detail fields. */
export interface KindDef {
  id: KindId;
  group: string; // '' for core
  version: string;
  plural: string;
  kind: string;
  label: string;
  labelPlural: string;
  namespaced: boolean;
  /** Columns after Name, as `kn` (or kubectl for core kinds) prints them. */
  columns: Column[];
  /** Key spec/status fields for the Details tab. */
  details: DetailField[];
  /** Other kinds whose lists the columns read (see ColumnContext). */
  related?: KindId[];
  /** YAML is shown but not editable (secrets: values are never sent to the browser). */
  readOnly?: boolean;
}

const sink = (title: string, path: string): Column => ({
  title,
  value: (obj) => formatDestination(pickDest(obj, path)),
});
const pickDest = (obj: KubeObject, path: string) =>
  path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], obj) as Destination | undefined;
const sinkDetail = (labelText: string, path: string): DetailField => ({
  label: labelText,
  value: (obj) => formatDestination(pickDest(obj, path)),
});
const countOf = (path: 'data' | 'binaryData') => (obj: KubeObject) =>
  Object.keys((obj[path] as Record<string, unknown> | undefined) ?? {}).length;

const serving = 'serving.knative.dev';
const eventing = 'eventing.knative.dev';
const messaging = 'messaging.knative.dev';
const flows = 'flows.knative.dev';
const sources = 'sources.knative.dev';

const source = (id: KindId, kind: string, labelText: string, details: DetailField[]): KindDef => ({
  id, group: sources, version: 'v1', plural: id, kind, label: labelText, labelPlural: `${labelText}s`, namespaced: true,
  columns: [sink('Sink', 'spec.sink'), ageColumn, ...readyReason],
  details: [...details, sinkDetail('Sink', 'spec.sink'), detail('Sink URI', 'status.sinkUri', { type: 'url' })],
});

const defs: KindDef[] = [
  { id: 'services', group: serving, version: 'v1', plural: 'services', kind: 'Service', label: 'Service', labelPlural: 'Services', namespaced: true,
    columns: [urlColumn, field('Latest revision', 'status.latestCreatedRevisionName', { linkTo: 'revisions' }), ageColumn, ...readyReason],
    details: [
      detail('URL', 'status.url', { type: 'url' }),
      detail('Cluster address', 'status.address.url'),
      { label: 'Image', value: (o) => (o.spec?.template as { spec?: { containers?: { image?: string }[] } } | undefined)?.spec?.containers?.[0]?.image },
      detail('Latest created revision', 'status.latestCreatedRevisionName', { linkTo: 'revisions' }),
      detail('Latest ready revision', 'status.latestReadyRevisionName', { linkTo: 'revisions' }),
    ] },
  { id: 'configurations', group: serving, version: 'v1', plural: 'configurations', kind: 'Configuration', label: 'Configuration', labelPlural: 'Configurations', namespaced: true,
    columns: [field('Latest created', 'status.latestCreatedRevisionName', { linkTo: 'revisions' }), field('Latest ready', 'status.latestReadyRevisionName', { linkTo: 'revisions' }), ageColumn, ...readyReason],
    details: [detail('Latest created revision', 'status.latestCreatedRevisionName', { linkTo: 'revisions' }), detail('Latest ready revision', 'status.latestReadyRevisionName', { linkTo: 'revisions' })] },
  { id: 'revisions', group: serving, version: 'v1', plural: 'revisions', kind: 'Revision', label: 'Revision', labelPlural: 'Revisions', namespaced: true,
    related: ['services'],
    columns: [
      label('Service', 'serving.knative.dev/service', { linkTo: 'services' }),
      { title: 'Traffic', value: (o, ctx) => { const t = trafficFromServices(o, ctx.related.services); return t.routed ? `${t.percent}%` : ''; },
        sortValue: (o, ctx) => trafficFromServices(o, ctx.related.services).percent },
      { title: 'Tags', value: (o, ctx) => trafficFromServices(o, ctx.related.services).tags.join(',') },
      { title: 'Generation', value: (o) => Number(o.metadata.labels?.['serving.knative.dev/configurationGeneration']) || undefined },
      ageColumn, ...readyReason,
    ],
    details: [
      { label: 'Service', value: (o) => o.metadata.labels?.['serving.knative.dev/service'], linkTo: 'services' },
      { label: 'Configuration', value: (o) => o.metadata.labels?.['serving.knative.dev/configuration'], linkTo: 'configurations' },
      { label: 'Image', value: (o) => (o.spec?.containers as { image?: string }[] | undefined)?.[0]?.image },
      detail('Container concurrency', 'spec.containerConcurrency'),
      detail('Timeout (s)', 'spec.timeoutSeconds'),
      detail('Actual replicas', 'status.actualReplicas'),
      detail('Desired replicas', 'status.desiredReplicas'),
    ] },
  { id: 'routes', group: serving, version: 'v1', plural: 'routes', kind: 'Route', label: 'Route', labelPlural: 'Routes', namespaced: true,
    columns: [urlColumn, readyColumn],
    details: [detail('URL', 'status.url', { type: 'url' }), detail('Cluster address', 'status.address.url')] },
  { id: 'podautoscalers', group: 'autoscaling.internal.knative.dev', version: 'v1alpha1', plural: 'podautoscalers', kind: 'PodAutoscaler', label: 'PodAutoscaler', labelPlural: 'PodAutoscalers', namespaced: true,
    columns: [field('Desired scale', 'status.desiredScale'), field('Actual scale', 'status.actualScale'), ageColumn, ...readyReason],
    details: [{ label: 'Class', value: (o) => o.metadata.annotations?.['autoscaling.knative.dev/class'] }, detail('Desired scale', 'status.desiredScale'), detail('Actual scale', 'status.actualScale'), detail('Revision', 'spec.scaleTargetRef.name', { linkTo: 'revisions' })] },
  { id: 'pods', group: '', version: 'v1', plural: 'pods', kind: 'Pod', label: 'Pod', labelPlural: 'Pods', namespaced: true,
    columns: [{ title: 'Ready', value: podReady }, { title: 'Status', value: podStatus }, { title: 'Restarts', value: podRestarts }, ageColumn],
    details: [detail('Phase', 'status.phase'), detail('Pod IP', 'status.podIP'), { label: 'Revision', value: (o) => o.metadata.labels?.['serving.knative.dev/revision'], linkTo: 'revisions' }] },
  { id: 'deployments', group: 'apps', version: 'v1', plural: 'deployments', kind: 'Deployment', label: 'Deployment', labelPlural: 'Deployments', namespaced: true,
    columns: [
      { title: 'Ready', value: (o) => `${(o.status?.readyReplicas as number | undefined) ?? 0}/${(o.spec?.replicas as number | undefined) ?? 0}` },
      field('Up-to-date', 'status.updatedReplicas'), field('Available', 'status.availableReplicas'), ageColumn,
    ],
    details: [detail('Replicas', 'spec.replicas'), detail('Ready replicas', 'status.readyReplicas')] },
  { id: 'namespaces', group: '', version: 'v1', plural: 'namespaces', kind: 'Namespace', label: 'Namespace', labelPlural: 'Namespaces', namespaced: false,
    columns: [field('Status', 'status.phase'), ageColumn], details: [detail('Status', 'status.phase')] },
  { id: 'configmaps', group: '', version: 'v1', plural: 'configmaps', kind: 'ConfigMap', label: 'ConfigMap', labelPlural: 'ConfigMaps', namespaced: true,
    columns: [{ title: 'Data', value: countOf('data') }, ageColumn], details: [{ label: 'Keys', value: (o) => Object.keys((o.data as object | undefined) ?? {}).join(', ') }] },
  { id: 'secrets', group: '', version: 'v1', plural: 'secrets', kind: 'Secret', label: 'Secret', labelPlural: 'Secrets', namespaced: true, readOnly: true,
    columns: [field('Type', 'type'), { title: 'Data', value: countOf('data') }, ageColumn],
    details: [detail('Type', 'type'), { label: 'Keys', value: (o) => Object.keys((o.data as object | undefined) ?? {}).join(', ') }] },
  { id: 'brokers', group: eventing, version: 'v1', plural: 'brokers', kind: 'Broker', label: 'Broker', labelPlural: 'Brokers', namespaced: true,
    columns: [addressColumn, ageColumn, ...readyReason],
    details: [detail('URL', 'status.address.url', { type: 'url' }), { label: 'Class', value: (o) => o.metadata.annotations?.['eventing.knative.dev/broker.class'] }, sinkDetail('Dead letter sink', 'spec.delivery.deadLetterSink'), detail('Retry', 'spec.delivery.retry')] },
  { id: 'triggers', group: eventing, version: 'v1', plural: 'triggers', kind: 'Trigger', label: 'Trigger', labelPlural: 'Triggers', namespaced: true,
    columns: [field('Broker', 'spec.broker', { linkTo: 'brokers' }), sink('Sink', 'spec.subscriber'), ageColumn, ...readyReason],
    details: [
      detail('Broker', 'spec.broker', { linkTo: 'brokers' }),
      { label: 'Filter', value: (o) => Object.entries((o.spec?.filter as { attributes?: Record<string, string> } | undefined)?.attributes ?? {}).map(([k, v]) => `${k}=${v}`).join(', ') },
      sinkDetail('Subscriber', 'spec.subscriber'),
      detail('Subscriber URI', 'status.subscriberUri', { type: 'url' }),
    ] },
  { id: 'eventtypes', group: eventing, version: 'v1beta2', plural: 'eventtypes', kind: 'EventType', label: 'EventType', labelPlural: 'EventTypes', namespaced: true,
    columns: [field('Type', 'spec.type'), field('Source', 'spec.source'), field('Reference', 'spec.reference.name'), ageColumn, ...readyReason],
    details: [detail('Type', 'spec.type'), detail('Source', 'spec.source'), detail('Schema', 'spec.schema'), detail('Description', 'spec.description')] },
  { id: 'channels', group: messaging, version: 'v1', plural: 'channels', kind: 'Channel', label: 'Channel', labelPlural: 'Channels', namespaced: true,
    columns: [{ title: 'Type', value: (o) => (o.status?.channel as { kind?: string } | undefined)?.kind ?? (o.spec?.channelTemplate as { kind?: string } | undefined)?.kind ?? 'InMemoryChannel' }, addressColumn, ageColumn, ...readyReason],
    details: [detail('URL', 'status.address.url', { type: 'url' }), detail('Channel template', 'spec.channelTemplate.kind')] },
  { id: 'subscriptions', group: messaging, version: 'v1', plural: 'subscriptions', kind: 'Subscription', label: 'Subscription', labelPlural: 'Subscriptions', namespaced: true,
    columns: [field('Channel', 'spec.channel.name', { linkTo: 'channels' }), sink('Subscriber', 'spec.subscriber'), sink('Reply', 'spec.reply'), sink('Dead letter sink', 'spec.delivery.deadLetterSink'), ageColumn, ...readyReason],
    details: [detail('Channel', 'spec.channel.name', { linkTo: 'channels' }), sinkDetail('Subscriber', 'spec.subscriber'), sinkDetail('Reply', 'spec.reply')] },
  { id: 'sequences', group: flows, version: 'v1', plural: 'sequences', kind: 'Sequence', label: 'Sequence', labelPlural: 'Sequences', namespaced: true,
    columns: [addressColumn, { title: 'Steps', value: (o) => (o.spec?.steps as unknown[] | undefined)?.length ?? 0 }, ageColumn, ...readyReason],
    details: [detail('URL', 'status.address.url', { type: 'url' }), { label: 'Steps', value: (o) => ((o.spec?.steps as Destination[] | undefined) ?? []).map(formatDestination).join(' → ') }, sinkDetail('Reply', 'spec.reply')] },
  { id: 'parallels', group: flows, version: 'v1', plural: 'parallels', kind: 'Parallel', label: 'Parallel', labelPlural: 'Parallels', namespaced: true,
    columns: [addressColumn, { title: 'Branches', value: (o) => (o.spec?.branches as unknown[] | undefined)?.length ?? 0 }, ageColumn, ...readyReason],
    details: [detail('URL', 'status.address.url', { type: 'url' }), { label: 'Branches', value: (o) => (o.spec?.branches as unknown[] | undefined)?.length ?? 0 }, sinkDetail('Reply', 'spec.reply')] },
  source('pingsources', 'PingSource', 'PingSource', [detail('Schedule', 'spec.schedule'), detail('Data', 'spec.data')]),
  source('apiserversources', 'ApiServerSource', 'ApiServerSource', [detail('Mode', 'spec.mode'), detail('Service account', 'spec.serviceAccountName')]),
  source('sinkbindings', 'SinkBinding', 'SinkBinding', [detail('Subject kind', 'spec.subject.kind'), detail('Subject name', 'spec.subject.name')]),
  source('containersources', 'ContainerSource', 'ContainerSource', [{ label: 'Image', value: (o) => (o.spec?.template as { spec?: { containers?: { image?: string }[] } } | undefined)?.spec?.containers?.[0]?.image }]),
];

export const kinds: Record<KindId, KindDef> = Object.fromEntries(defs.map((d) => [d.id, d])) as Record<KindId, KindDef>;
export const kindIds = defs.map((d) => d.id);

export function isKindId(id: string): id is KindId {
  return Object.hasOwn(kinds, id);
}

export const apiVersionOf = (k: Pick<KindDef, 'group' | 'version'>) => (k.group ? `${k.group}/${k.version}` : k.version);

/** The kind a reference or object names (`serving.knative.dev/v1` + `Service` → services), if the console knows it. */
export function kindOf(apiVersion: string | undefined, kind: string): KindDef | undefined {
  const group = apiVersion?.includes('/') ? apiVersion.split('/')[0] : '';
  return defs.find((d) => d.kind === kind && (apiVersion === undefined || d.group === group));
}

/** The kube REST path of a kind's collection (`/apis/g/v/namespaces/ns/plural`). */
export function collectionPath(k: KindDef, namespace?: string): string {
  const base = k.group ? `/apis/${k.group}/${k.version}` : `/api/${k.version}`;
  return k.namespaced && namespace ? `${base}/namespaces/${namespace}/${k.plural}` : `${base}/${k.plural}`;
}
