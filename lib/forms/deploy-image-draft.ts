import type { DeployImageInput } from '../schemas/deploy-image';
import { envInput, numberOrUndefined, recordOf, textOrUndefined, type EnvDraft, type KeyValue } from './drafts';

export const SCALING_FIELDS = ['min', 'max', 'initial', 'activation', 'target', 'utilization', 'window', 'metric', 'scaleDownDelay'] as const;
export type ScalingField = (typeof SCALING_FIELDS)[number];

export interface DeployImageDraft {
  image: string;
  name: string;
  /** Once the user types a name, changing the image no longer renames. */
  nameEdited: boolean;
  application: string;
  env: EnvDraft[];
  port: string;
  containerConcurrency: string;
  timeoutSeconds: string;
  scaling: Record<ScalingField, string>;
  resources: { requests: { cpu: string; memory: string }; limits: { cpu: string; memory: string } };
  labels: KeyValue[];
  annotations: KeyValue[];
  tag: string;
}

export const emptyDeployImageDraft = (): DeployImageDraft => ({
  image: '',
  name: '',
  nameEdited: false,
  application: '',
  env: [],
  port: '',
  containerConcurrency: '',
  timeoutSeconds: '',
  scaling: { min: '', max: '', initial: '', activation: '', target: '', utilization: '', window: '', metric: '', scaleDownDelay: '' },
  resources: { requests: { cpu: '', memory: '' }, limits: { cpu: '', memory: '' } },
  labels: [],
  annotations: [],
  tag: '',
});

const INTEGER_SCALING: ScalingField[] = ['min', 'max', 'initial', 'activation'];
const NUMBER_SCALING: ScalingField[] = ['target', 'utilization'];

/** The draft as deployImageSchema's input: empty fields left out, numbers parsed. */
export function deployImageInput(namespace: string, d: DeployImageDraft): DeployImageInput {
  const scaling: Record<string, unknown> = {};
  for (const f of SCALING_FIELDS) {
    const v = d.scaling[f];
    scaling[f] = INTEGER_SCALING.includes(f) || NUMBER_SCALING.includes(f) ? numberOrUndefined(v) : textOrUndefined(v);
  }
  const quantities = (q: { cpu: string; memory: string }) => ({ cpu: textOrUndefined(q.cpu), memory: textOrUndefined(q.memory) });
  return {
    namespace,
    name: d.name.trim(),
    image: d.image,
    application: textOrUndefined(d.application),
    env: envInput(d.env),
    port: numberOrUndefined(d.port),
    containerConcurrency: numberOrUndefined(d.containerConcurrency),
    timeoutSeconds: numberOrUndefined(d.timeoutSeconds),
    scaling: scaling as DeployImageInput['scaling'],
    resources: { requests: quantities(d.resources.requests), limits: quantities(d.resources.limits) },
    labels: recordOf(d.labels),
    annotations: recordOf(d.annotations),
    tag: textOrUndefined(d.tag),
  };
}
