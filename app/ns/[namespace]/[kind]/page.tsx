import { notFound } from 'next/navigation';
import { isKindId } from '@/lib/resources/kinds';
import { ListView } from './client';

/** /ns/NS/KIND: the live list of a kind (or `sources`, every source kind together). */
export default async function KindPage({ params }: { params: Promise<{ namespace: string; kind: string }> }) {
  const { namespace, kind } = await params;
  if (kind !== 'sources' && !isKindId(kind)) notFound();
  return <ListView namespace={decodeURIComponent(namespace)} view={kind} />;
}
