import {
  CheckCircleIcon, ClockIcon, CodeBranchIcon, CubeIcon, CubesIcon, ExclamationCircleIcon, ExclamationTriangleIcon, ExternalLinkAltIcon,
  InboxIcon, InProgressIcon, LinkIcon, ListOlIcon, RandomIcon, ServerIcon, StreamIcon,
} from '@patternfly/react-icons';
import type { ComponentType } from 'react';
import type { NodeStatus } from '@/lib/topology';

/** One icon per kind; the model's resourceKind is the icon id. */
const icons: Record<string, ComponentType<{ title?: string; className?: string }>> = {
  Service: CubeIcon,
  Revision: CodeBranchIcon,
  PingSource: ClockIcon,
  ApiServerSource: ServerIcon,
  SinkBinding: LinkIcon,
  ContainerSource: CubesIcon,
  Broker: InboxIcon,
  Channel: StreamIcon,
  Sequence: ListOlIcon,
  Parallel: RandomIcon,
  URI: ExternalLinkAltIcon,
};

export function KindIcon({ kind, missing }: { kind: string; missing?: boolean }) {
  const Icon = missing ? ExclamationTriangleIcon : (icons[kind] ?? CubeIcon);
  return <Icon title={kind} />;
}

/** The status decorator: Ready, failing (with its reason as the tooltip), or still reconciling. */
export function StatusIcon({ status }: { status: NodeStatus }) {
  const title = [status.reason, status.message].filter(Boolean).join(': ');
  if (status.ready === 'True') return <CheckCircleIcon color="var(--pf-t--global--icon--color--status--success--default)" title="Ready" />;
  if (status.ready === 'False') return <ExclamationCircleIcon color="var(--pf-t--global--icon--color--status--danger--default)" title={title || 'Not ready'} />;
  return <InProgressIcon color="var(--pf-t--global--icon--color--status--info--default)" title={title || 'Not ready yet'} />;
}
