import { addressColumn, readyColumns, sinkColumn } from './columns';
import type { ResourceType } from './types';
import { brokerAdmission, channelAdmission, parallelAdmission, sequenceAdmission, subscriptionAdmission, triggerAdmission } from '../eventing/admission';
import { apiServerSourceAdmission, containerSourceAdmission, pingSourceAdmission, sinkBindingAdmission } from '../eventing/sources/admission';

const eventing = ['all', 'knative', 'eventing'];
const sources = ['all', 'knative', 'sources'];
const messaging = ['all', 'knative', 'messaging', 'channel'];
const flows = ['all', 'knative', 'flows'];
const age = { name: 'Age', type: 'date', jsonPath: '.metadata.creationTimestamp' } as const;

const source = (kind: string, plural: string, singular: string, extra: Partial<ResourceType> = {}): ResourceType => ({
  group: 'sources.knative.dev', version: 'v1', kind, plural, singular, namespaced: true, categories: sources, subresources: ['status'],
  printerColumns: [sinkColumn, age, ...readyColumns], ...extra,
});

export const eventingTypes: ResourceType[] = [
  { group: 'eventing.knative.dev', version: 'v1', kind: 'Broker', plural: 'brokers', singular: 'broker', namespaced: true, categories: eventing, subresources: ['status'], admission: brokerAdmission,
    printerColumns: [addressColumn, age, ...readyColumns] },
  { group: 'eventing.knative.dev', version: 'v1', kind: 'Trigger', plural: 'triggers', singular: 'trigger', namespaced: true, categories: eventing, subresources: ['status'], admission: triggerAdmission,
    printerColumns: [
      { name: 'Broker', type: 'string', jsonPath: '.spec.broker' },
      { name: 'Subscriber_URI', type: 'string', jsonPath: '.status.subscriberUri' },
      age, ...readyColumns,
    ] },
  { group: 'eventing.knative.dev', version: 'v1beta2', kind: 'EventType', plural: 'eventtypes', singular: 'eventtype', namespaced: true, categories: eventing, subresources: ['status'],
    printerColumns: [
      { name: 'Type', type: 'string', jsonPath: '.spec.type' },
      { name: 'Source', type: 'string', jsonPath: '.spec.source' },
      { name: 'Schema', type: 'string', jsonPath: '.spec.schema' },
      { name: 'Reference Name', type: 'string', jsonPath: '.spec.reference.name' },
      { name: 'Reference Kind', type: 'string', jsonPath: '.spec.reference.kind' },
      { name: 'Description', type: 'string', jsonPath: '.spec.description' },
      age, ...readyColumns,
    ] },
  { group: 'messaging.knative.dev', version: 'v1', kind: 'Channel', plural: 'channels', singular: 'channel', namespaced: true, shortNames: ['ch'], categories: messaging, subresources: ['status'], admission: channelAdmission,
    printerColumns: [addressColumn, age, ...readyColumns] },
  { group: 'messaging.knative.dev', version: 'v1', kind: 'Subscription', plural: 'subscriptions', singular: 'subscription', namespaced: true, shortNames: ['sub'], categories: ['all', 'knative', 'messaging'], subresources: ['status'], admission: subscriptionAdmission,
    printerColumns: [age, ...readyColumns] },
  { group: 'flows.knative.dev', version: 'v1', kind: 'Sequence', plural: 'sequences', singular: 'sequence', namespaced: true, categories: flows, subresources: ['status'], admission: sequenceAdmission,
    printerColumns: [addressColumn, age, ...readyColumns] },
  { group: 'flows.knative.dev', version: 'v1', kind: 'Parallel', plural: 'parallels', singular: 'parallel', namespaced: true, categories: flows, subresources: ['status'], admission: parallelAdmission,
    printerColumns: [addressColumn, age, ...readyColumns] },
  source('PingSource', 'pingsources', 'pingsource', { admission: pingSourceAdmission }),
  source('ApiServerSource', 'apiserversources', 'apiserversource', { admission: apiServerSourceAdmission }),
  source('SinkBinding', 'sinkbindings', 'sinkbinding', { admission: sinkBindingAdmission }),
  source('ContainerSource', 'containersources', 'containersource', { admission: containerSourceAdmission }),
];
