import type { StatusCause } from '../../../errors';
import type { Admission, KubeObject } from '../../../resources/types';
import { validateCeOverrides, validateDestination } from '../validation';
import { parseSchedule } from './schedule';

export const DEFAULT_SCHEDULE = '* * * * *';

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Knative decodes `data` into map[string]interface{}: JSON data must be an object. */
function jsonObjectProblem(text: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    return (err as Error).message;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return `cannot unmarshal ${Array.isArray(parsed) ? 'array' : typeof parsed} into a JSON object`;
  }
  return undefined;
}

/** PingSource validation (pkg/apis/sources/v1/ping_validation.go), field paths included. */
export function validatePingSource(obj: KubeObject): StatusCause[] {
  const spec = obj.spec ?? {};
  const causes: StatusCause[] = [];
  if (spec.schedule !== undefined && typeof spec.schedule !== 'string') {
    causes.push({ field: 'spec.schedule', message: 'must be a string' });
  } else if (spec.timezone !== undefined && typeof spec.timezone !== 'string') {
    causes.push({ field: 'spec.timezone', message: 'must be a string' });
  } else {
    const parsed = parseSchedule(spec.schedule ?? DEFAULT_SCHEDULE, spec.timezone);
    if ('field' in parsed) causes.push({ field: `spec.${parsed.field}`, message: `invalid value: ${parsed.message}` });
  }
  causes.push(...validateDestination(spec.sink, 'spec.sink'));
  const json = spec.contentType === 'application/json';
  if (spec.data && spec.dataBase64) {
    causes.push({ field: 'spec.data, spec.dataBase64', message: 'expected exactly one, got both' });
  } else if (spec.dataBase64) {
    if (typeof spec.dataBase64 !== 'string' || !BASE64.test(spec.dataBase64)) {
      causes.push({ field: 'spec.dataBase64', message: 'invalid value: illegal base64 data' });
    } else if (json) {
      const problem = jsonObjectProblem(Buffer.from(spec.dataBase64, 'base64').toString('utf8'));
      if (problem) causes.push({ field: 'spec.dataBase64', message: `invalid value: ${problem}` });
    }
  } else if (spec.data) {
    if (typeof spec.data !== 'string') causes.push({ field: 'spec.data', message: 'must be a string' });
    else if (json) {
      const problem = jsonObjectProblem(spec.data);
      if (problem) causes.push({ field: 'spec.data', message: `invalid value: ${problem}` });
    }
  }
  causes.push(...validateCeOverrides(spec.ceOverrides, 'spec.ceOverrides'));
  return causes;
}

export const pingSourceAdmission: Admission = {
  default(obj) {
    obj.spec ??= {};
    if (!obj.spec.schedule) obj.spec.schedule = DEFAULT_SCHEDULE;
  },
  validate: (obj) => validatePingSource(obj),
};
