import { ChannelView } from './client';

export default async function Page({ params }: { params: Promise<{ namespace: string }> }) {
  const { namespace } = await params;
  return <ChannelView namespace={decodeURIComponent(namespace)} />;
}
