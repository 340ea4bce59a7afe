'use client';
import {
  Label, Masthead, MastheadBrand, MastheadContent, MastheadLogo, MastheadMain, MastheadToggle,
  Page, PageSidebar, PageSidebarBody, PageToggleButton, Toolbar, ToolbarContent, ToolbarItem,
} from '@patternfly/react-core';
import BarsIcon from '@patternfly/react-icons/dist/esm/icons/bars-icon';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { nsHref } from '@/lib/resources/hrefs';
import { AppNav } from './app-nav';
import { NamespaceSelect } from './namespace-select';

export interface ShellTarget {
  mode: 'engine' | 'cluster';
  label: string;
}

export function AppShell({ namespace, target, children }: { namespace: string; target: ShellTarget; children: ReactNode }) {
  const masthead = (
    <Masthead>
      <MastheadMain>
        <MastheadToggle>
          <PageToggleButton variant="plain" aria-label="Toggle navigation">
            <BarsIcon />
          </PageToggleButton>
        </MastheadToggle>
        <MastheadBrand>
          <MastheadLogo component={Link} href={nsHref(namespace, 'topology')}>
            <span className="pf-v6-u-font-size-lg pf-v6-u-font-weight-bold">Serverless Console</span>
          </MastheadLogo>
        </MastheadBrand>
      </MastheadMain>
      <MastheadContent>
        <Toolbar isFullHeight isStatic>
          <ToolbarContent>
            <ToolbarItem>
              <NamespaceSelect namespace={namespace} />
            </ToolbarItem>
            <ToolbarItem align={{ default: 'alignEnd' }}>
              <Label color={target.mode === 'engine' ? 'teal' : 'blue'} data-testid="target-badge">
                {target.label}
              </Label>
            </ToolbarItem>
          </ToolbarContent>
        </Toolbar>
      </MastheadContent>
    </Masthead>
  );
  const sidebar = (
    <PageSidebar>
      <PageSidebarBody>
        <AppNav namespace={namespace} />
      </PageSidebarBody>
    </PageSidebar>
  );
  return (
    <Page masthead={masthead} sidebar={sidebar} isManagedSidebar>
      {children}
    </Page>
  );
}
