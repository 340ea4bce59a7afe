import { AddView } from './client';

export default async function AddPage({ params }: { params: Promise<{ namespace: string }> }) {
  const { namespace } = await params;
  return <AddView namespace={decodeURIComponent(namespace)} />;
}
