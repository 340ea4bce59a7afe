'use client';
import {
  Alert, Breadcrumb, BreadcrumbItem, Bullseye, Button, Flex, FlexItem, Label, PageSection, Spinner, Tab, TabTitleText, Tabs, Title,
} from '@patternfly/react-core';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { readiness } from '@/lib/resources/conditions';
import { listHref, nsHref } from '@/lib/resources/hrefs';
import { kinds, type KindId } from '@/lib/resources/kinds';
import { useGet } from '@/components/kube/use-get';
import { DeleteModal } from '@/components/resources/delete-modal';
import { ReadyLabel } from '@/components/resources/ready-label';
import { WatchStatus } from '@/components/resources/watch-status';
import { SetTrafficAction } from '@/components/traffic';
import { RedeployFromGitAction } from '@/components/forms/import-git/redeploy-action';
import { gitSourceOf } from '@/lib/schemas/import-git';
import { detailTabs } from './detail-tabs';

/** Which list a kind's detail page leads back to (source kinds share the Sources list). */
const parentView = (kind: KindId) => (['pingsources', 'apiserversources', 'sinkbindings', 'containersources'].includes(kind) ? 'sources' : kind);

/** /ns/NS/KIND/NAME: the live object with its tabs (Details, YAML, and per-kind ones). */
export function DetailView({ kind: kindId, namespace, name, tab }: { kind: KindId; namespace: string; name: string; tab?: string }) {
  const kind = kinds[kindId];
  const router = useRouter();
  const { data: obj, error, isPending } = useGet(kindId, namespace, name);
  const [active, setActive] = useState(tab ?? 'details');
  const [deleting, setDeleting] = useState(false);

  const select = (key: string) => {
    setActive(key);
    const url = new URL(window.location.href);
    url.searchParams.set('tab', key);
    window.history.replaceState(null, '', url);
  };

  const ready = obj ? readiness(obj) : undefined;
  const tabs = obj ? detailTabs(kind, obj, namespace) : [];
  return (
    <>
      <PageSection>
        <Breadcrumb className="pf-v6-u-mb-sm">
          <BreadcrumbItem render={({ className }) => <Link className={className} href={nsHref(namespace, parentView(kindId))}>{parentView(kindId) === 'sources' ? 'Sources' : kind.labelPlural}</Link>} />
          <BreadcrumbItem isActive>{name}</BreadcrumbItem>
        </Breadcrumb>
        <Flex alignItems={{ default: 'alignItemsCenter' }}>
          <FlexItem><Label isCompact color="purple">{kind.kind}</Label></FlexItem>
          <FlexItem><Title headingLevel="h1">{name}</Title></FlexItem>
          {ready?.ready && <FlexItem><ReadyLabel status={ready.ready} message={ready.message} /></FlexItem>}
          {ready?.reason && <FlexItem>{ready.reason}</FlexItem>}
          <FlexItem align={{ default: 'alignRight' }}>
            <WatchStatus kindIds={[kindId]} namespace={namespace} />
          </FlexItem>
          {obj && (
            <FlexItem>
              <Button variant="secondary" isDanger onClick={() => setDeleting(true)}>Delete</Button>
            </FlexItem>
          )}
          {obj && kindId === 'services' && <FlexItem><SetTrafficAction namespace={namespace} name={name} /></FlexItem>}
          {obj && kindId === 'services' && gitSourceOf(obj) && <FlexItem><RedeployFromGitAction service={obj} /></FlexItem>}
        </Flex>
      </PageSection>
      <PageSection>
        {isPending ? (
          <Bullseye><Spinner aria-label={`Loading ${name}`} /></Bullseye>
        ) : error ? (
          <Alert variant="danger" isInline title={error.code === 404 ? `${kind.label} ${name} was not found in namespace ${namespace}.` : error.message} />
        ) : !obj ? (
          <Alert variant="info" isInline title={`${kind.label} ${name} has been deleted.`}>
            <Link href={listHref(namespace, kindId)}>Back to {kind.labelPlural}</Link>
          </Alert>
        ) : (
          <Tabs activeKey={active} onSelect={(_e, k) => select(String(k))} mountOnEnter unmountOnExit aria-label={`${kind.label} tabs`}>
            {tabs.map((t) => (
              <Tab key={t.key} eventKey={t.key} title={<TabTitleText>{t.title}</TabTitleText>}>
                <div className="pf-v6-u-pt-md">{t.render()}</div>
              </Tab>
            ))}
          </Tabs>
        )}
      </PageSection>
      {deleting && (
        <DeleteModal kind={kind} namespace={namespace} name={name} onClose={() => setDeleting(false)} onDeleted={() => router.push(nsHref(namespace, parentView(kindId)))} />
      )}
    </>
  );
}
