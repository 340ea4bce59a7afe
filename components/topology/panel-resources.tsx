'use client';
import { Content, Label, List, ListItem, Title } from '@patternfly/react-core';
import Link from 'next/link';
import { podReady, podStatus } from '@/lib/resources/conditions';
import { detailHref } from '@/lib/resources/hrefs';
import type { KubeObject } from '@/lib/resources/types';
import type { TopologyModel, TopologyNodeData } from '@/lib/topology';

/** What the selected node is made of and wired to: revisions with traffic, pods, triggers/subscriptions, sinks. */
export function PanelResources({ id, data, model, pods, namespace }: { id: string; data: TopologyNodeData; model: TopologyModel; pods: KubeObject[]; namespace: string }) {
  const revisions = data.revisions ?? [];
  const revisionNames = new Set(data.kind === 'revision' ? [data.name] : revisions.map((r) => r.name));
  const myPods = data.kind === 'service'
    ? pods.filter((p) => p.metadata.labels?.['serving.knative.dev/service'] === data.name)
    : pods.filter((p) => revisionNames.has(p.metadata.labels?.['serving.knative.dev/revision'] ?? ''));
  const inbound = model.edges.filter((e) => e.target === id && e.kind !== 'traffic');
  const outbound = model.edges.filter((e) => e.source === id && e.kind !== 'traffic');
  return (
    <Content>
      {data.kind === 'service' && (
        <>
          <Title headingLevel="h4">Revisions</Title>
          <List isPlain data-testid="panel-revisions">
            {revisions.map((r) => (
              <ListItem key={r.name}>
                <Link href={detailHref(namespace, 'revisions', r.name)}>{r.name}</Link> — {r.percent}% {r.tag && <Label isCompact>{r.tag}</Label>} · {r.pods} ready pod{r.pods === 1 ? '' : 's'}
              </ListItem>
            ))}
            {revisions.length === 0 && <ListItem>No revision receives traffic yet.</ListItem>}
          </List>
        </>
      )}
      {(data.kind === 'service' || data.kind === 'revision') && (
        <>
          <Title headingLevel="h4">Pods</Title>
          <List isPlain>
            {myPods.map((p) => (
              <ListItem key={p.metadata.name}>
                <Link href={detailHref(namespace, 'pods', p.metadata.name)}>{p.metadata.name}</Link> — {podReady(p)} {podStatus(p)}
              </ListItem>
            ))}
            {myPods.length === 0 && <ListItem>No pods (scaled to zero).</ListItem>}
          </List>
        </>
      )}
      {inbound.length > 0 && (
        <>
          <Title headingLevel="h4">Receives from</Title>
          <List isPlain>
            {inbound.map((e) => <ListItem key={e.id}>{e.owner ? `${e.owner.kind} ${e.owner.name}` : e.kind} ← {e.source.split('/').slice(2).join('/')}{e.label && e.kind === 'trigger' ? ` (${e.label})` : ''}</ListItem>)}
          </List>
        </>
      )}
      {outbound.length > 0 && (
        <>
          <Title headingLevel="h4">Sends to</Title>
          <List isPlain>
            {outbound.map((e) => <ListItem key={e.id}>{e.owner ? `${e.owner.kind} ${e.owner.name}` : e.label ?? e.kind} → {e.target.split('/').slice(2).join('/')}{e.label && e.kind === 'trigger' ? ` (${e.label})` : ''}</ListItem>)}
          </List>
        </>
      )}
    </Content>
  );
}
