import { ObserveView } from './client';

export default async function ObservePage({ params }: { params: Promise<{ namespace: string }> }) {
  const { namespace } = await params;
  return <ObserveView namespace={decodeURIComponent(namespace)} />;
}
