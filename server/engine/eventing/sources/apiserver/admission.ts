import type { StatusCause } from '../../../errors';
import type { Admission, KubeObject } from '../../../resources/types';
import { validateSelector } from '../label-selector';
import { validateCeOverrides, validateDestination } from '../validation';

const GROUP_VERSION = /^([a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?v[0-9]+((alpha|beta)[0-9]+)?$/;

/** ApiServerSource validation (pkg/apis/sources/v1/apiserver_validation.go). */
export function validateApiServerSource(obj: KubeObject): StatusCause[] {
  const spec = obj.spec ?? {};
  const causes: StatusCause[] = [];
  if (spec.mode !== 'Reference' && spec.mode !== 'Resource') {
    causes.push({ field: 'spec.mode', message: `invalid value: ${spec.mode ?? ''}` });
  }
  causes.push(...validateDestination(spec.sink, 'spec.sink'));
  if (!Array.isArray(spec.resources) || spec.resources.length === 0) {
    causes.push({ field: 'spec.resources', message: 'missing field(s)', reason: 'FieldValueRequired' });
  } else {
    spec.resources.forEach((r: { apiVersion?: string; kind?: string; selector?: unknown }, i: number) => {
      if (!r?.apiVersion || !GROUP_VERSION.test(r.apiVersion)) {
        causes.push({ field: `spec.resources[${i}].apiVersion`, message: `invalid value: ${r?.apiVersion ?? ''}` });
      }
      if (!r?.kind || !String(r.kind).trim()) {
        causes.push({ field: `spec.resources[${i}].kind`, message: 'missing field(s)', reason: 'FieldValueRequired' });
      }
      causes.push(...validateSelector(r?.selector, `spec.resources[${i}].selector`));
    });
  }
  if (spec.owner) {
    if (!spec.owner.apiVersion || !GROUP_VERSION.test(spec.owner.apiVersion)) {
      causes.push({ field: 'spec.owner.apiVersion', message: `invalid value: ${spec.owner.apiVersion ?? ''}` });
    }
    if (!spec.owner.kind || !String(spec.owner.kind).trim()) {
      causes.push({ field: 'spec.owner.kind', message: 'missing field(s)', reason: 'FieldValueRequired' });
    }
  }
  causes.push(...validateSelector(spec.namespaceSelector, 'spec.namespaceSelector'));
  causes.push(...validateCeOverrides(spec.ceOverrides, 'spec.ceOverrides'));
  if (Array.isArray(spec.filters) && spec.filters.length > 0) {
    causes.push({ field: 'spec.filters', message: 'Filters is not empty but the NewAPIServerFilters feature is disabled.' });
  }
  return causes;
}

export const apiServerSourceAdmission: Admission = {
  default(obj) {
    obj.spec ??= {};
    if (!obj.spec.mode) obj.spec.mode = 'Reference';
    if (!obj.spec.serviceAccountName) obj.spec.serviceAccountName = 'default';
  },
  validate: (obj) => validateApiServerSource(obj),
};
