import { notFound } from 'next/navigation';
import { isEventSourceType } from '@/components/forms/event-source-types';
import { EventSourceView } from './client';

/** /ns/NS/add/event-source/ping|apiserver|sinkbinding|container */
export default async function Page({ params }: { params: Promise<{ namespace: string; type: string }> }) {
  const { namespace, type } = await params;
  if (!isEventSourceType(type)) notFound();
  return <EventSourceView namespace={decodeURIComponent(namespace)} type={type} />;
}
