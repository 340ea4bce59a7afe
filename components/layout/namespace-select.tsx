'use client';
import { MenuToggle, Select, SelectList, SelectOption, type MenuToggleElement } from '@patternfly/react-core';
import { usePathname, useRouter } from 'next/navigation';
import { useState, type Ref } from 'react';
import { isKindId } from '@/lib/resources/kinds';
import { nsHref } from '@/lib/resources/hrefs';
import { useList } from '@/components/kube/use-list';
import { viewOf } from './nav-items';

/** Lists the real namespaces; switching keeps the current view (a detail page goes to its kind's list). */
export function NamespaceSelect({ namespace }: { namespace: string }) {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const pathname = usePathname();
  const { data, error } = useList('namespaces');
  const names = (data?.items ?? []).map((n) => n.metadata.name).sort();
  if (!names.includes(namespace)) names.unshift(namespace);

  const choose = (ns: string) => {
    setOpen(false);
    if (ns === namespace) return;
    const view = viewOf(pathname) ?? 'topology';
    router.push(nsHref(ns, isKindId(view) || ['topology', 'add', 'observe', 'sources'].includes(view) ? view : 'topology'));
  };

  return (
    <Select
      isOpen={open}
      selected={namespace}
      onSelect={(_e, v) => choose(String(v))}
      onOpenChange={setOpen}
      toggle={(ref: Ref<MenuToggleElement>) => (
        <MenuToggle ref={ref} onClick={() => setOpen(!open)} isExpanded={open} aria-label="Namespace" data-testid="namespace-select">
          Namespace: {namespace}
        </MenuToggle>
      )}
    >
      <SelectList>
        {error ? (
          <SelectOption isDisabled value="">Namespaces unavailable: {error.message}</SelectOption>
        ) : (
          names.map((n) => (
            <SelectOption key={n} value={n}>
              {n}
            </SelectOption>
          ))
        )}
      </SelectList>
    </Select>
  );
}
