import type { StatusCause } from '../errors';
import { loadAutoscalerConfig, validateAutoscalingAnnotations } from '../autoscaler/config';
import type { Admission, KubeObject } from '../resources/types';
import { generic, via } from './validation/field';
import { diffLines, verifyNameChange } from './validation/name-change';
import { defaultRevisionSpec, validateRevisionName, validateRevisionSpec } from './validation/revision-spec';
import { defaultTraffic, validateTrafficList } from './validation/traffic';

/*
 * Knative's webhooks for serving.knative.dev/v1, as pure functions over the
 * object: SetDefaults then Validate, with Knative's field paths and texts.
 * The API runs them on create and update; controllers write around them.
 */

// The cluster's allow-zero-initial-scale / max-scale-limit, as the webhook reads config-autoscaler (ENGINE_* env here).
const clusterAutoscaling = loadAutoscalerConfig();

function defaultTemplate(obj: KubeObject) {
  obj.spec ??= {};
  obj.spec.template ??= {};
  obj.spec.template.spec = defaultRevisionSpec(obj.spec.template.spec ?? {});
}

function validateTemplate(obj: KubeObject, old: KubeObject | undefined): StatusCause[] {
  const template = obj.spec?.template;
  const causes: StatusCause[] = [];
  causes.push(...via(validateRevisionName(template?.metadata?.name, obj.metadata.name), 'spec.template'));
  causes.push(...via(validateRevisionSpec(template?.spec), 'spec.template.spec'));
  causes.push(...validateAutoscalingAnnotations(template?.metadata?.annotations, 'spec.template.metadata.annotations', clusterAutoscaling));
  if (old) causes.push(...via(verifyNameChange(template, old.spec?.template), 'spec.template'));
  return causes;
}

export const serviceAdmission: Admission = {
  default(obj) {
    defaultTemplate(obj);
    obj.spec.traffic = defaultTraffic(obj.spec.traffic, { inService: true });
  },
  validate(obj, old) {
    return [
      ...validateTemplate(obj, old),
      ...via(validateTrafficList(obj.spec?.traffic ?? [], { inService: true }), 'spec.traffic'),
    ];
  },
};

export const configurationAdmission: Admission = {
  default: defaultTemplate,
  validate: validateTemplate,
};

export const routeAdmission: Admission = {
  default(obj) {
    obj.spec ??= {};
    obj.spec.traffic = defaultTraffic(obj.spec.traffic, { inService: false });
  },
  validate(obj) {
    return via(validateTrafficList(obj.spec?.traffic ?? [], { inService: false }), 'spec.traffic');
  },
};

export const revisionAdmission: Admission = {
  default(obj) {
    obj.spec = defaultRevisionSpec(obj.spec ?? {});
  },
  validate(obj, old) {
    const causes = [
      ...via(validateRevisionSpec(obj.spec), 'spec'),
      ...validateAutoscalingAnnotations(obj.metadata.annotations, 'metadata.annotations', clusterAutoscaling),
    ];
    if (old) {
      const lines = diffLines(old.spec, obj.spec);
      if (lines.length > 0) causes.push(generic(`Immutable fields changed (-old +new)\n${lines.join('\n')}`, 'spec'));
    }
    return causes;
  },
};
