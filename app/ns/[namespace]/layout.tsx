import type { ReactNode } from 'react';
import { AppShell } from '@/components/layout/app-shell';
import { describeTarget } from '@/server/kube/kubeconfig';

export default async function NamespaceLayout({ children, params }: { children: ReactNode; params: Promise<{ namespace: string }> }) {
  const { namespace } = await params;
  return (
    <AppShell namespace={decodeURIComponent(namespace)} target={describeTarget()}>
      {children}
    </AppShell>
  );
}
