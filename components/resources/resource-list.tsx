'use client';
import {
  Alert, Bullseye, EmptyState, EmptyStateBody, SearchInput, Spinner, Toolbar, ToolbarContent, ToolbarItem,
} from '@patternfly/react-core';
import { useMemo, useState } from 'react';
import type { Column, ColumnContext, KindId } from '@/lib/resources/columns';
import type { KindDef } from '@/lib/resources/kinds';
import { useLists } from '@/components/kube/use-lists';
import { ResourceTable, type Row } from './resource-table';
import { useNow } from './use-now';
import { WatchStatus } from './watch-status';

/**
 * The live list of one or more kinds in a namespace: a name filter, then a table with
 * the given columns. Related kinds (e.g. services for a revision's traffic) are listed
 * and watched alongside.
 */
export function ResourceList({ kinds, columns, namespace, related = [], label }: { kinds: KindDef[]; columns: Column[]; namespace: string; related?: KindId[]; label: string }) {
  const [filter, setFilter] = useState('');
  const now = useNow();
  const ids = useMemo(() => [...kinds.map((k) => k.id), ...related], [kinds, related]);
  const results = useLists(ids, namespace);

  const loading = results.slice(0, kinds.length).some((r) => r.isPending);
  const errors = results.flatMap((r, i) => (r.error ? [{ id: ids[i], message: r.error.message }] : []));
  const dataKey = results.map((r) => r.data?.resourceVersion ?? '').join(',');

  const ctx: ColumnContext = useMemo(
    () => ({ now, related: Object.fromEntries(related.map((id, i) => [id, results[kinds.length + i]?.data?.items ?? []])) }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- results change identity every render; dataKey tracks their content
    [now, dataKey, related, kinds.length],
  );
  const rows: Row[] = useMemo(
    () => kinds.flatMap((k, i) => (results[i]?.data?.items ?? []).map((obj) => ({ obj, kind: k }))),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- as above
    [dataKey, kinds],
  );
  const shown = filter ? rows.filter((r) => r.obj.metadata.name.includes(filter.trim())) : rows;

  return (
    <>
      <Toolbar>
        <ToolbarContent>
          <ToolbarItem>
            <SearchInput placeholder="Filter by name" aria-label="Filter by name" value={filter} onChange={(_e, v) => setFilter(v)} onClear={() => setFilter('')} />
          </ToolbarItem>
          <ToolbarItem>
            <WatchStatus kindIds={ids} namespace={namespace} />
          </ToolbarItem>
          <ToolbarItem variant="pagination">{loading ? '' : `${shown.length} of ${rows.length}`}</ToolbarItem>
        </ToolbarContent>
      </Toolbar>
      {errors.map((e) => (
        <Alert key={e.id} variant="danger" isInline title={`Could not list ${e.id}`} className="pf-v6-u-mb-sm">
          {e.message}
        </Alert>
      ))}
      {loading ? (
        <Bullseye>
          <Spinner aria-label={`Loading ${label}`} />
        </Bullseye>
      ) : shown.length === 0 ? (
        <EmptyState titleText={rows.length ? 'No results match the filter' : `No ${label} in namespace ${namespace}`} headingLevel="h3" variant="sm">
          <EmptyStateBody>{rows.length ? 'Clear the filter to see every object.' : 'Objects appear here as soon as they are created, without a reload.'}</EmptyStateBody>
        </EmptyState>
      ) : (
        <ResourceTable rows={shown} columns={columns} ctx={ctx} namespace={namespace} label={label} />
      )}
    </>
  );
}
