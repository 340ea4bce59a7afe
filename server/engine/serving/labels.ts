/** Knative's label and annotation keys (pkg/apis/serving/register.go), one place for all. */
export const L = {
  service: 'serving.knative.dev/service',
  serviceUID: 'serving.knative.dev/serviceUID',
  configuration: 'serving.knative.dev/configuration',
  configurationUID: 'serving.knative.dev/configurationUID',
  configurationGeneration: 'serving.knative.dev/configurationGeneration',
  revision: 'serving.knative.dev/revision',
  revisionUID: 'serving.knative.dev/revisionUID',
  route: 'serving.knative.dev/route',
  routingState: 'serving.knative.dev/routingState',
  routingStateModified: 'serving.knative.dev/routingStateModified',
  creator: 'serving.knative.dev/creator',
  autoscalerClass: 'autoscaling.knative.dev/class',
} as const;

export const SERVING_API = 'serving.knative.dev/v1';
export const GR = {
  services: 'serving.knative.dev/services',
  configurations: 'serving.knative.dev/configurations',
  revisions: 'serving.knative.dev/revisions',
  routes: 'serving.knative.dev/routes',
  podautoscalers: 'autoscaling.internal.knative.dev/podautoscalers',
  deployments: 'apps/deployments',
  pods: '/pods',
  configmaps: '/configmaps',
  secrets: '/secrets',
} as const;

/** Annotations the API server keeps for kubectl, never copied to children. */
export const isCopyableAnnotation = (key: string) => key !== 'kubectl.kubernetes.io/last-applied-configuration';
