import { startController, toControllingOwner } from '../../../controller/controller';
import type { Condition } from '../../../controller/conditions';
import type { KubeObject } from '../../../resources/types';
import type { Store } from '../../../store/store';
import { conditionsOf, writeStatus, type ConditionInput } from '../../status';
import { SOURCES_GR } from '../gr';
import { deploymentName, makeDeployment, makeSinkBinding, reconcileDeploymentSpec, sinkBindingName } from './resources';

const GR = SOURCES_GR.containersources;
const DEPENDENTS = ['SinkBindingReady', 'ReceiveAdapterReady'];

const findCondition = (obj: KubeObject | undefined, type: string): Condition | undefined =>
  obj?.status?.conditions?.find((c: Condition) => c.type === type);

/** PropagateSinkBindingStatus: the binding's Ready becomes SinkBindingReady. */
function sinkBindingReady(binding: KubeObject | undefined): ConditionInput {
  const ready = findCondition(binding, 'Ready');
  if (!ready) return { type: 'SinkBindingReady', status: 'Unknown' };
  return { type: 'SinkBindingReady', status: ready.status, reason: ready.reason, message: ready.message };
}

/** PropagateReceiveAdapterStatus: the Deployment's Available becomes ReceiveAdapterReady. */
function receiveAdapterReady(deployment: KubeObject | undefined): ConditionInput {
  const available = findCondition(deployment, 'Available');
  if (!available) {
    return { type: 'ReceiveAdapterReady', status: 'Unknown', reason: 'DeploymentUnavailable', message: `The Deployment '${deployment?.metadata.name ?? ''}' is unavailable.` };
  }
  return { type: 'ReceiveAdapterReady', status: available.status, reason: available.reason, message: available.message };
}

/**
 * ContainerSources, as Knative builds them: an owned Deployment `NAME-deployment`
 * running the template and an owned SinkBinding `NAME-sinkbinding` that gives it
 * K_SINK; the status follows both.
 */
export function startContainerSources(store: Store) {
  const controller = startController({
    name: 'containersource',
    store,
    gr: GR,
    watches: [
      { gr: SOURCES_GR.deployments, map: toControllingOwner('ContainerSource') },
      { gr: SOURCES_GR.sinkbindings, map: toControllingOwner('ContainerSource') },
    ],
    reconcile({ namespace, name }) {
      const source = store.get(GR, namespace, name);
      if (!source) return; // the store cascades the owned Deployment and SinkBinding

      const desiredDeployment = makeDeployment(source);
      let deployment = store.get(SOURCES_GR.deployments, namespace, deploymentName(name));
      if (!deployment) {
        deployment = store.create(SOURCES_GR.deployments, desiredDeployment);
      } else {
        const spec = reconcileDeploymentSpec(desiredDeployment, deployment);
        if (spec) {
          deployment = store.update(SOURCES_GR.deployments, {
            ...deployment,
            metadata: { ...deployment.metadata, labels: desiredDeployment.metadata.labels },
            spec,
          });
        }
      }

      const desiredBinding = makeSinkBinding(source);
      let binding = store.get(SOURCES_GR.sinkbindings, namespace, sinkBindingName(name));
      if (!binding) binding = store.create(SOURCES_GR.sinkbindings, desiredBinding);
      else if (JSON.stringify(binding.spec) !== JSON.stringify(desiredBinding.spec)) {
        binding = store.update(SOURCES_GR.sinkbindings, { ...binding, spec: desiredBinding.spec });
      }

      const status: Record<string, unknown> = {
        conditions: conditionsOf(source.status?.conditions, [sinkBindingReady(binding), receiveAdapterReady(deployment)], DEPENDENTS),
      };
      if (binding.status?.sinkUri) status.sinkUri = binding.status.sinkUri;
      writeStatus(store, GR, source, status);
    },
  });
  return { stop: () => controller.stop() };
}
