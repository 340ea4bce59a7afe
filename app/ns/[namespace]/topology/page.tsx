import { TopologyView } from './client';

export default async function TopologyPage({ params }: { params: Promise<{ namespace: string }> }) {
  const { namespace } = await params;
  return <TopologyView namespace={decodeURIComponent(namespace)} />;
}
