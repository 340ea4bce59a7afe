'use client';
import type { ReactNode } from 'react';
import type { KindDef } from '@/lib/resources/kinds';
import type { KService, KubeObject, Pod } from '@/lib/resources/types';
import { TrafficStatusView } from '@/components/traffic';
import { ServiceObserveTab } from '@/components/observe/service-observe-tab';
import { YamlTab } from '@/components/yaml/yaml-tab';
import { DetailsTab } from './details-tab';
import { LogsTab } from './logs-tab';
import { ServiceRevisionsTab } from './service-revisions-tab';

export interface DetailTab {
  key: string;
  title: string;
  render(): ReactNode;
}

/**
 * The tabs of a detail page, per kind. A feature adds its view here (e.g. the traffic
 * editor beside a service's revisions) without touching the page itself.
 */
export function detailTabs(kind: KindDef, obj: KubeObject, namespace: string): DetailTab[] {
  const tabs: DetailTab[] = [{ key: 'details', title: 'Details', render: () => <DetailsTab kind={kind} obj={obj} namespace={namespace} /> }];
  if (kind.id === 'services') {
    tabs.push({ key: 'revisions', title: 'Revisions', render: () => <ServiceRevisionsTab service={obj as KService} namespace={namespace} /> });
    tabs.push({ key: 'traffic', title: 'Traffic', render: () => <TrafficStatusView service={obj as KService} /> });
    tabs.push({ key: 'observe', title: 'Observe', render: () => <ServiceObserveTab service={obj as KService} namespace={namespace} /> });
  }
  if (kind.id === 'pods') {
    tabs.push({ key: 'logs', title: 'Logs', render: () => <LogsTab pod={obj as Pod} namespace={namespace} /> });
  }
  // Keyed by resourceVersion-independent identity: the editor keeps its text while the object changes.
  tabs.push({ key: 'yaml', title: 'YAML', render: () => <YamlTab key={obj.metadata.uid} kind={kind} obj={obj} namespace={namespace} /> });
  return tabs;
}
