import { notFound } from 'next/navigation';
import { isKindId } from '@/lib/resources/kinds';
import { DetailView } from '@/components/detail/detail-view';

/** /ns/NS/KIND/NAME?tab=details|yaml|revisions|logs */
export default async function DetailPage({ params, searchParams }: { params: Promise<{ namespace: string; kind: string; name: string }>; searchParams: Promise<{ tab?: string }> }) {
  const { namespace, kind, name } = await params;
  const { tab } = await searchParams;
  if (!isKindId(kind)) notFound();
  return <DetailView kind={kind} namespace={decodeURIComponent(namespace)} name={decodeURIComponent(name)} tab={tab} />;
}
