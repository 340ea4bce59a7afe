'use client';
import {
  Dropdown, DropdownItem, DropdownList, DrawerActions, DrawerCloseButton, DrawerHead, DrawerPanelBody, DrawerPanelContent, MenuToggle, Tab, Tabs, TabTitleText, Title,
} from '@patternfly/react-core';
import { EllipsisVIcon } from '@patternfly/react-icons';
import { useState } from 'react';
import type { KubeObject } from '@/lib/resources/types';
import type { TopologyModel, TopologyNodeData } from '@/lib/topology';
import { KindIcon, StatusIcon } from './kind-icon';
import { PodsChart } from './chart-pods';
import type { MenuAction, MenuCommand } from './menu-actions';
import { PanelDetails } from './panel-details';
import { PanelResources } from './panel-resources';
import type { PodPoint } from './use-pod-history';

export interface SidePanelProps {
  id: string;
  data: TopologyNodeData;
  obj: KubeObject | undefined;
  model: TopologyModel;
  pods: KubeObject[];
  namespace: string;
  history: PodPoint[];
  actions: MenuAction[];
  onCommand(c: MenuCommand): void;
  onClose(): void;
}

export function SidePanel({ id, data, obj, model, pods, namespace, history, actions, onCommand, onClose }: SidePanelProps) {
  const [tab, setTab] = useState<string | number>('details');
  const [menu, setMenu] = useState(false);
  return (
    <DrawerPanelContent widths={{ default: 'width_33' }} data-testid="topology-panel">
      <DrawerHead>
        <Title headingLevel="h2" size="lg" style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
          <StatusIcon status={data.status} /> <KindIcon kind={data.resourceKind} missing={data.missing} /> {data.name}
        </Title>
        <DrawerActions>
          {actions.length > 0 && (
            <Dropdown
              isOpen={menu}
              onOpenChange={setMenu}
              onSelect={() => setMenu(false)}
              popperProps={{ position: 'right' }}
              toggle={(r) => <MenuToggle ref={r} variant="plain" aria-label="Actions" onClick={() => setMenu((m) => !m)} icon={<EllipsisVIcon />} />}
            >
              <DropdownList>
                {actions.map((a, i) => <DropdownItem key={i} isDanger={a.danger} onClick={() => onCommand(a.command)}>{a.label}</DropdownItem>)}
              </DropdownList>
            </Dropdown>
          )}
          <DrawerCloseButton onClick={onClose} />
        </DrawerActions>
      </DrawerHead>
      <DrawerPanelBody>
        <Tabs activeKey={tab} onSelect={(_, k) => setTab(k)} aria-label="Node details" mountOnEnter unmountOnExit>
          <Tab eventKey="details" title={<TabTitleText>Details</TabTitleText>}>
            <div style={{ paddingTop: 12 }}><PanelDetails data={data} obj={obj} /></div>
          </Tab>
          <Tab eventKey="resources" title={<TabTitleText>Resources</TabTitleText>}>
            <div style={{ paddingTop: 12 }}><PanelResources id={id} data={data} model={model} pods={pods} namespace={namespace} /></div>
          </Tab>
          <Tab eventKey="observe" title={<TabTitleText>Observe</TabTitleText>}>
            <div style={{ paddingTop: 12 }}>
              <Title headingLevel="h4">Ready pods (since this page opened)</Title>
              <PodsChart points={history} />
            </div>
          </Tab>
        </Tabs>
      </DrawerPanelBody>
    </DrawerPanelContent>
  );
}
