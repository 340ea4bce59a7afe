import { EventSourceCatalogView } from './client';

export default async function Page({ params }: { params: Promise<{ namespace: string }> }) {
  const { namespace } = await params;
  return <EventSourceCatalogView namespace={decodeURIComponent(namespace)} />;
}
