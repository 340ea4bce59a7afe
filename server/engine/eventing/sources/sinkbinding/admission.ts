import type { StatusCause } from '../../../errors';
import type { Admission, KubeObject } from '../../../resources/types';
import { validateSelector } from '../label-selector';
import { validateCeOverrides, validateDestination } from '../validation';

/** tracker.Reference validation for spec.subject: apiVersion and kind, then exactly one of name and selector. */
export function validateSubject(subject: unknown, field: string, namespace: string | undefined): StatusCause[] {
  if (!subject || typeof subject !== 'object') return [{ field, message: 'missing field(s)', reason: 'FieldValueRequired' }];
  const s = subject as Record<string, unknown>;
  const causes: StatusCause[] = [];
  if (!s.apiVersion) causes.push({ field: `${field}.apiVersion`, message: 'missing field(s)', reason: 'FieldValueRequired' });
  if (!s.kind) causes.push({ field: `${field}.kind`, message: 'missing field(s)', reason: 'FieldValueRequired' });
  if (s.name && s.selector) causes.push({ field: `${field}.name, ${field}.selector`, message: 'expected exactly one, got both' });
  if (!s.name && !s.selector) causes.push({ field: `${field}.name, ${field}.selector`, message: 'expected exactly one, got neither' });
  causes.push(...validateSelector(s.selector, `${field}.selector`));
  if (s.namespace && namespace && s.namespace !== namespace) {
    causes.push({ field: `${field}.namespace`, message: `invalid value: ${s.namespace}` });
  }
  return causes;
}

/** SinkBinding validation (pkg/apis/sources/v1/sinkbinding_validation.go). */
export function validateSinkBinding(obj: KubeObject): StatusCause[] {
  const spec = obj.spec ?? {};
  return [
    ...validateSubject(spec.subject, 'spec.subject', obj.metadata.namespace),
    ...validateDestination(spec.sink, 'spec.sink'),
    ...validateCeOverrides(spec.ceOverrides, 'spec.ceOverrides'),
  ];
}

export const sinkBindingAdmission: Admission = {
  default(obj) {
    // Knative defaults the subject's namespace to the binding's.
    if (obj.spec?.subject && !obj.spec.subject.namespace) obj.spec.subject.namespace = obj.metadata.namespace;
  },
  validate: (obj) => validateSinkBinding(obj),
};
