'use client';

import { Dropdown, DropdownItem, DropdownList, MenuToggle } from '@patternfly/react-core';
import { useState } from 'react';
import { useList } from '@/components/kube';
import { TrafficEditor } from './traffic-editor';

/**
 * "Set traffic distribution" where no single Service is in view (the Revisions list):
 * pick the Service, then the editor opens for it.
 */
export function ServicesTrafficAction({ namespace }: { namespace: string }) {
  const services = useList('services', namespace);
  const [menuOpen, setMenuOpen] = useState(false);
  const [editing, setEditing] = useState<string>();
  const names = (services.data?.items ?? []).map((s) => s.metadata.name).sort();

  return (
    <>
      <Dropdown
        isOpen={menuOpen}
        onOpenChange={setMenuOpen}
        onSelect={(_e, value) => {
          setMenuOpen(false);
          if (typeof value === 'string') setEditing(value);
        }}
        toggle={(ref) => (
          <MenuToggle ref={ref} isExpanded={menuOpen} isDisabled={names.length === 0} onClick={() => setMenuOpen((o) => !o)}>
            Set traffic distribution
          </MenuToggle>
        )}
      >
        <DropdownList>
          {names.map((n) => (
            <DropdownItem key={n} value={n}>{n}</DropdownItem>
          ))}
        </DropdownList>
      </Dropdown>
      {editing && <TrafficEditor namespace={namespace} name={editing} onClose={() => setEditing(undefined)} />}
    </>
  );
}
