import type { StatusCause } from '../../../errors';
import type { Admission, KubeObject } from '../../../resources/types';
import { validateCeOverrides, validateDestination } from '../validation';

/** ContainerSource validation (pkg/apis/sources/v1/container_validation.go). */
export function validateContainerSource(obj: KubeObject): StatusCause[] {
  const spec = obj.spec ?? {};
  const causes: StatusCause[] = [...validateDestination(spec.sink, 'spec.sink')];
  const containers = spec.template?.spec?.containers;
  if (!Array.isArray(containers) || containers.length === 0) {
    causes.push({ field: 'spec.template.spec.containers', message: 'missing field(s)', reason: 'FieldValueRequired' });
  } else {
    containers.forEach((c: { name?: string; image?: string }, i: number) => {
      if (!c?.name) causes.push({ field: `spec.template.spec.containers[${i}].name`, message: 'missing field(s)', reason: 'FieldValueRequired' });
      if (!c?.image) causes.push({ field: `spec.template.spec.containers[${i}].image`, message: 'missing field(s)', reason: 'FieldValueRequired' });
    });
  }
  causes.push(...validateCeOverrides(spec.ceOverrides, 'spec.ceOverrides'));
  return causes;
}

export const containerSourceAdmission: Admission = { validate: (obj) => validateContainerSource(obj) };
