'use client';
import {
  DescriptionList, DescriptionListDescription, DescriptionListGroup, DescriptionListTerm, Label, LabelGroup, Title,
} from '@patternfly/react-core';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { age } from '@/lib/resources/format';
import { detailHref } from '@/lib/resources/hrefs';
import { kindOf, type KindDef } from '@/lib/resources/kinds';
import type { KubeObject } from '@/lib/resources/types';
import { Cell } from '@/components/resources/cell';
import { useNow } from '@/components/resources/use-now';
import { ConditionsTable } from './conditions-table';

const Item = ({ term, children }: { term: string; children: ReactNode }) => (
  <DescriptionListGroup>
    <DescriptionListTerm>{term}</DescriptionListTerm>
    <DescriptionListDescription>{children}</DescriptionListDescription>
  </DescriptionListGroup>
);

function KeyValues({ values, empty }: { values: Record<string, string> | undefined; empty: string }) {
  const entries = Object.entries(values ?? {});
  if (!entries.length) return <>{empty}</>;
  return (
    <LabelGroup numLabels={20}>
      {entries.map(([k, v]) => (
        <Label key={k} isCompact textMaxWidth="60ch">
          {k}={v.length > 200 ? `${v.slice(0, 200)}…` : v}
        </Label>
      ))}
    </LabelGroup>
  );
}

/** Metadata, the kind's key fields, labels, annotations and conditions. */
export function DetailsTab({ kind, obj, namespace }: { kind: KindDef; obj: KubeObject; namespace: string }) {
  const now = useNow();
  const m = obj.metadata;
  const owner = m.ownerReferences?.find((o) => o.controller) ?? m.ownerReferences?.[0];
  const ownerKind = owner && kindOf(owner.apiVersion, owner.kind);
  return (
    <>
      <DescriptionList isHorizontal isCompact columnModifier={{ lg: '2Col' }} className="pf-v6-u-mb-lg">
        <Item term="Name">{m.name}</Item>
        {kind.namespaced && <Item term="Namespace">{m.namespace}</Item>}
        <Item term="Created">{m.creationTimestamp ? `${age(m.creationTimestamp, now)} ago (${m.creationTimestamp})` : ''}</Item>
        {owner && (
          <Item term="Owner">
            {ownerKind ? <Link href={detailHref(namespace, ownerKind.id, owner.name)}>{`${owner.kind} ${owner.name}`}</Link> : `${owner.kind} ${owner.name}`}
          </Item>
        )}
        {kind.details.map((f) => (
          <Item key={f.label} term={f.label}>
            <Cell value={f.value(obj)} spec={f} namespace={namespace} />
          </Item>
        ))}
        <Item term="Generation">{m.generation ?? ''}</Item>
        <Item term="Resource version">{m.resourceVersion}</Item>
        <Item term="UID">{m.uid}</Item>
      </DescriptionList>
      <DescriptionList isCompact className="pf-v6-u-mb-lg">
        <Item term="Labels"><KeyValues values={m.labels} empty="No labels" /></Item>
        <Item term="Annotations"><KeyValues values={m.annotations} empty="No annotations" /></Item>
      </DescriptionList>
      <Title headingLevel="h2" size="lg" className="pf-v6-u-mb-sm">
        Conditions
      </Title>
      <ConditionsTable conditions={obj.status?.conditions} now={now} />
    </>
  );
}
