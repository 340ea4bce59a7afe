'use client';
import { NamespaceObserve } from '@/components/observe/namespace-observe';

export function ObserveView({ namespace }: { namespace: string }) {
  return <NamespaceObserve namespace={namespace} />;
}
