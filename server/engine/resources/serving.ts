import { readyColumns, urlColumn } from './columns';
import type { ResourceType } from './types';
import { configurationAdmission, revisionAdmission, routeAdmission, serviceAdmission } from '../serving/admission';

const group = 'serving.knative.dev';
const categories = ['all', 'knative', 'serving'];

export const servingTypes: ResourceType[] = [
  { group, version: 'v1', kind: 'Service', plural: 'services', singular: 'service', namespaced: true, shortNames: ['kservice', 'ksvc'], categories, subresources: ['status'], admission: serviceAdmission,
    printerColumns: [
      urlColumn,
      { name: 'LatestCreated', type: 'string', jsonPath: '.status.latestCreatedRevisionName' },
      { name: 'LatestReady', type: 'string', jsonPath: '.status.latestReadyRevisionName' },
      ...readyColumns,
    ] },
  { group, version: 'v1', kind: 'Configuration', plural: 'configurations', singular: 'configuration', namespaced: true, shortNames: ['config', 'cfg'], categories, subresources: ['status'], admission: configurationAdmission,
    printerColumns: [
      { name: 'LatestCreated', type: 'string', jsonPath: '.status.latestCreatedRevisionName' },
      { name: 'LatestReady', type: 'string', jsonPath: '.status.latestReadyRevisionName' },
      ...readyColumns,
    ] },
  { group, version: 'v1', kind: 'Revision', plural: 'revisions', singular: 'revision', namespaced: true, shortNames: ['rev'], categories, subresources: ['status'], admission: revisionAdmission,
    printerColumns: [
      { name: 'Config Name', type: 'string', jsonPath: '.metadata.labels[\'serving\\.knative\\.dev/configuration\']' },
      { name: 'Generation', type: 'string', jsonPath: '.metadata.labels[\'serving\\.knative\\.dev/configurationGeneration\']' },
      ...readyColumns,
      { name: 'Actual Replicas', type: 'integer', jsonPath: '.status.actualReplicas' },
      { name: 'Desired Replicas', type: 'integer', jsonPath: '.status.desiredReplicas' },
    ] },
  { group, version: 'v1', kind: 'Route', plural: 'routes', singular: 'route', namespaced: true, shortNames: ['rt'], categories, subresources: ['status'], admission: routeAdmission,
    printerColumns: [urlColumn, ...readyColumns] },
  { group: 'autoscaling.internal.knative.dev', version: 'v1alpha1', kind: 'PodAutoscaler', plural: 'podautoscalers', singular: 'podautoscaler', namespaced: true, shortNames: ['kpa', 'pa'], categories: ['all', 'knative-internal', 'autoscaling'], subresources: ['status'],
    printerColumns: [
      { name: 'DesiredScale', type: 'integer', jsonPath: '.status.desiredScale' },
      { name: 'ActualScale', type: 'integer', jsonPath: '.status.actualScale' },
      ...readyColumns,
    ] },
];
