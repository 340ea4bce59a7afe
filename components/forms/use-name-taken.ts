'use client';
import { useList } from '@/components/kube';
import { kinds, type KindId } from '@/lib/resources/kinds';

/** A collision with an object of the same kind in the namespace (from the live list), as a message. */
export function useNameTaken(kind: KindId, namespace: string, name: string): string | undefined {
  const items = useList(kind, namespace).data?.items;
  if (!name || !items?.some((o) => o.metadata.name === name)) return undefined;
  return `A ${kinds[kind].label} named "${name}" already exists in ${namespace}: choose another name`;
}
