import { coreTypes } from './core';
import { eventingTypes } from './eventing';
import { servingTypes } from './serving';
import { apiVersionOf, groupResource, type ResourceType } from './types';

/** Every kind the engine serves; each group file attaches its kinds' admission (defaults, validation). */
export const resourceTypes: ResourceType[] = [...coreTypes, ...servingTypes, ...eventingTypes];

const byGroupResource = new Map(resourceTypes.map((t) => [groupResource(t), t]));

export function findType(group: string, plural: string): ResourceType | undefined {
  return byGroupResource.get(`${group}/${plural}`);
}

/** Looks a kind up by apiVersion + kind, as ownerReferences and KReferences name it. */
export function findTypeByKind(apiVersion: string, kind: string): ResourceType | undefined {
  return resourceTypes.find((t) => apiVersionOf(t) === apiVersion && t.kind === kind);
}

export function mustFindType(group: string, plural: string): ResourceType {
  const t = findType(group, plural);
  if (!t) throw new Error(`unknown resource ${group}/${plural}`);
  return t;
}
