/** Storage keys of the source kinds and of the workloads a SinkBinding can bind. */
export const SOURCES_GR = {
  pingsources: 'sources.knative.dev/pingsources',
  apiserversources: 'sources.knative.dev/apiserversources',
  sinkbindings: 'sources.knative.dev/sinkbindings',
  containersources: 'sources.knative.dev/containersources',
  deployments: 'apps/deployments',
  ksvcs: 'serving.knative.dev/services',
} as const;
