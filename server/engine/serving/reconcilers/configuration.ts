import { getCondition, setCondition, type Condition } from '../../controller/conditions';
import { startController, toControllingOwner } from '../../controller/controller';
import type { KubeObject } from '../../resources/types';
import type { Store } from '../../store/store';
import { GR, L, SERVING_API } from '../labels';
import { revisionNameFor } from '../names';
import { defaultRevisionSpec } from '../validation/revision-spec';
import { isControlledBy, ownerRef } from '../../controller/children';
import { nowIso, writeStatus } from './children';

/* eslint-disable @typescript-eslint/no-explicit-any -- Knative objects are open JSON here */

/** resources.MakeRevision: the template frozen as a Revision, named by the Configuration's generation. */
export function makeRevision(cfg: KubeObject, name: string): KubeObject {
  const template = cfg.spec?.template ?? {};
  const cfgLabels = cfg.metadata.labels ?? {};
  return {
    apiVersion: SERVING_API,
    kind: 'Revision',
    metadata: {
      name,
      namespace: cfg.metadata.namespace,
      labels: {
        ...template.metadata?.labels,
        [L.configuration]: cfg.metadata.name,
        [L.configurationGeneration]: String(cfg.metadata.generation ?? 1),
        [L.configurationUID]: cfg.metadata.uid!,
        ...(cfgLabels[L.service] ? { [L.service]: cfgLabels[L.service] } : {}),
        [L.routingState]: 'pending',
      },
      annotations: { ...template.metadata?.annotations, [L.routingStateModified]: nowIso() },
      ownerReferences: [ownerRef(cfg)],
    },
    spec: defaultRevisionSpec(structuredClone(template.spec ?? {})),
  };
}

/**
 * Configuration → Revision (configuration.go): one revision per template
 * generation; latestCreatedRevisionName follows it at once, latestReadyRevisionName
 * only once it is Ready; a failed latest revision makes the Configuration
 * Ready=False (RevisionFailed) and keeps the last ready one serving.
 */
export function startConfigurationReconciler(store: Store) {
  return startController({
    name: 'configuration',
    store,
    gr: GR.configurations,
    watches: [{ gr: GR.revisions, map: toControllingOwner('Configuration') }],
    reconcile({ namespace, name }) {
      const cfg = store.get(GR.configurations, namespace, name);
      if (!cfg) return;
      const generation = cfg.metadata.generation ?? 1;
      const revName: string = cfg.spec?.template?.metadata?.name || revisionNameFor(name, generation);
      const status: any = { ...cfg.status, observedGeneration: generation };
      let conds: Condition[] = status.conditions ?? [];

      let rev = store.get(GR.revisions, namespace, revName);
      if (!rev) rev = store.create(GR.revisions, makeRevision(cfg, revName));
      else if (!isControlledBy(rev, cfg)) {
        conds = setCondition(conds, {
          type: 'Ready',
          status: 'False',
          reason: 'RevisionFailed',
          message: `Revision "${revName}" already exists and is not owned by Configuration "${name}".`,
        });
        status.conditions = conds;
        writeStatus(store, GR.configurations, cfg, status);
        return;
      }

      status.latestCreatedRevisionName = revName;
      if (status.latestReadyRevisionName !== revName) conds = setCondition(conds, { type: 'Ready', status: 'Unknown' });
      const ready = getCondition(rev.status?.conditions, 'Ready');
      if (ready?.status === 'True') {
        status.latestReadyRevisionName = revName;
        conds = setCondition(conds, { type: 'Ready', status: 'True' });
      } else if (ready?.status === 'False') {
        conds = setCondition(conds, {
          type: 'Ready',
          status: 'False',
          reason: 'RevisionFailed',
          message: `Revision "${revName}" failed with message: ${ready.message ?? ''}.`,
        });
      }
      status.conditions = conds;
      writeStatus(store, GR.configurations, cfg, status);
    },
  });
}
