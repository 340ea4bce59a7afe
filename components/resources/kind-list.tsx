'use client';
import { kinds, type KindId } from '@/lib/resources/kinds';
import { ResourceList } from './resource-list';

/** The list of one kind with its kn columns. */
export function KindList({ kind, namespace }: { kind: KindId; namespace: string }) {
  const k = kinds[kind];
  return <ResourceList kinds={[k]} columns={k.columns} related={k.related} namespace={namespace} label={k.labelPlural.toLowerCase()} />;
}
