import { ImportGitView } from './client';

export default async function ImportGitPage({ params }: { params: Promise<{ namespace: string }> }) {
  const { namespace } = await params;
  return <ImportGitView namespace={decodeURIComponent(namespace)} />;
}
