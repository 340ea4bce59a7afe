/** The console's client data layer: live kube lists and objects, and mutations. */
export { useList, listQuery, type ListResult } from './use-list';
export { useLists } from './use-lists';
export { useGet } from './use-get';
export { useWatch } from './use-watch';
export { useCreate, useReplace, usePatch, useDelete } from './use-mutations';
export { KubeApiError, kubeFetch, collectionUrl, objectUrl, logsUrl } from './api';
export { kubeKeys } from './query-keys';
export { useWatchStates, type CombinedWatchState } from './use-watch-states';
