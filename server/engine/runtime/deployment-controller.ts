import { startController, toControllingOwner } from '../controller/controller';
import { setCondition } from '../controller/conditions';
import type { KubeObject } from '../resources/types';
import type { Store } from '../store/store';
import { planDeployment, type PodView } from './deployment-plan';
import { podTemplateHash, randomPodSuffix } from './template-hash';

const DEPLOYMENTS = 'apps/deployments';
const PODS = '/pods';

/* eslint-disable @typescript-eslint/no-explicit-any -- apps/v1 objects are open JSON here */

export const isPodReady = (pod: KubeObject) =>
  !pod.metadata.deletionTimestamp && pod.status?.conditions?.some((c: any) => c.type === 'Ready' && c.status === 'True');

const ownedBy = (pod: KubeObject, uid: string | undefined) => pod.metadata.ownerReferences?.some((r) => r.uid === uid && r.controller);

/**
 * apps/v1 Deployments without ReplicaSets: pods `DEPLOY-<template hash>-<rand>`
 * owned by the Deployment, brought to spec.replicas, rolled when the template
 * changes; status as the deployment controller reports it.
 */
export function startDeploymentController(store: Store) {
  return startController({
    name: 'deployments',
    store,
    gr: DEPLOYMENTS,
    watches: [{ gr: PODS, map: toControllingOwner('Deployment') }],
    reconcile({ namespace, name }) {
      const d = store.get(DEPLOYMENTS, namespace, name);
      if (!d) return;
      const replicas: number = d.spec?.replicas ?? 1;
      const template = d.spec?.template ?? {};
      const hash = podTemplateHash(template);
      const owned = () => store.list(PODS, namespace).filter((p) => ownedBy(p, d.metadata.uid));
      const views: PodView[] = owned().map((p) => ({
        name: p.metadata.name,
        hash: p.metadata.labels?.['pod-template-hash'] ?? '',
        ready: !!isPodReady(p),
        created: Date.parse(p.metadata.creationTimestamp ?? '') || 0,
      }));
      const plan = planDeployment(replicas, hash, views);
      for (const podName of plan.delete) {
        if (store.get(PODS, namespace, podName)) store.delete(PODS, namespace, podName);
      }
      for (let i = 0; i < plan.create; i++) store.create(PODS, newPod(d, template, hash));
      writeStatus(store, d, replicas, hash, owned());
    },
  });
}

function newPod(d: KubeObject, template: any, hash: string): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: `${d.metadata.name}-${hash}-${randomPodSuffix()}`,
      namespace: d.metadata.namespace,
      labels: { ...template.metadata?.labels, 'pod-template-hash': hash },
      ...(template.metadata?.annotations ? { annotations: { ...template.metadata.annotations } } : {}),
      ownerReferences: [
        { apiVersion: 'apps/v1', kind: 'Deployment', name: d.metadata.name, uid: d.metadata.uid!, controller: true, blockOwnerDeletion: true },
      ],
    },
    spec: { ...structuredClone(template.spec ?? {}), nodeName: 'engine', restartPolicy: template.spec?.restartPolicy ?? 'Always' },
    status: { phase: 'Pending', qosClass: 'BestEffort' },
  };
}

function writeStatus(store: Store, d: KubeObject, replicas: number, hash: string, pods: KubeObject[]) {
  const updated = pods.filter((p) => p.metadata.labels?.['pod-template-hash'] === hash);
  const ready = pods.filter(isPodReady).length;
  const available = ready >= replicas;
  const progressed = updated.length === replicas && updated.filter(isPodReady).length === replicas && pods.length === replicas;
  const rsName = `${d.metadata.name}-${hash}`;
  let conditions = d.status?.conditions ?? [];
  conditions = setCondition(conditions, {
    type: 'Available',
    status: available ? 'True' : 'False',
    reason: available ? 'MinimumReplicasAvailable' : 'MinimumReplicasUnavailable',
    message: available ? 'Deployment has minimum availability.' : 'Deployment does not have minimum availability.',
  });
  conditions = setCondition(conditions, {
    type: 'Progressing',
    status: 'True',
    reason: progressed ? 'NewReplicaSetAvailable' : 'ReplicaSetUpdated',
    message: progressed ? `ReplicaSet "${rsName}" has successfully progressed.` : `ReplicaSet "${rsName}" is progressing.`,
  });
  const status = {
    observedGeneration: d.metadata.generation,
    replicas: pods.length,
    updatedReplicas: updated.length,
    readyReplicas: ready,
    availableReplicas: ready,
    ...(pods.length - ready > 0 ? { unavailableReplicas: pods.length - ready } : {}),
    conditions,
  };
  const fresh = store.get(DEPLOYMENTS, d.metadata.namespace ?? '', d.metadata.name);
  if (fresh) store.update(DEPLOYMENTS, { ...fresh, status }, { status: true });
}
