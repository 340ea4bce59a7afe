'use client';
import { sourceColumns, sourceKinds } from '@/lib/resources/sources';
import { ResourceList } from './resource-list';

/** Every event source kind in one table, as `kn source list` prints them. */
export function SourcesList({ namespace }: { namespace: string }) {
  return <ResourceList kinds={sourceKinds} columns={sourceColumns} namespace={namespace} label="sources" />;
}
