'use client';
import { ActionsColumn, Table, Tbody, Td, Th, Thead, Tr, type ThProps } from '@patternfly/react-table';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useMemo, useState } from 'react';
import type { Column, ColumnContext } from '@/lib/resources/columns';
import { readiness } from '@/lib/resources/conditions';
import { detailHref } from '@/lib/resources/hrefs';
import type { KindDef } from '@/lib/resources/kinds';
import type { KubeObject } from '@/lib/resources/types';
import { Cell } from './cell';
import { DeleteModal } from './delete-modal';

export interface Row {
  obj: KubeObject;
  kind: KindDef;
}

const rowKey = (r: Row) => r.obj.metadata.uid ?? `${r.kind.id}/${r.obj.metadata.name}`;

function compare(a: string | number | undefined, b: string | number | undefined): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a ?? '').localeCompare(String(b ?? ''), undefined, { numeric: true });
}

/** A sortable table of objects with kn's columns (Name first) and a kebab per row (Edit YAML, Delete). */
export function ResourceTable({ rows, columns, ctx, namespace, label }: { rows: Row[]; columns: Column[]; ctx: ColumnContext; namespace: string; label: string }) {
  const router = useRouter();
  const [sort, setSort] = useState<{ index: number; direction: 'asc' | 'desc' }>({ index: 0, direction: 'asc' });
  const [deleting, setDeleting] = useState<Row>();

  const sorted = useMemo(() => {
    const key = (r: Row) => {
      if (sort.index === 0) return r.obj.metadata.name;
      const c = columns[sort.index - 1];
      return c.sortValue ? c.sortValue(r.obj, ctx) : c.value(r.obj, ctx);
    };
    const out = [...rows].sort((a, b) => compare(key(a), key(b)) || compare(a.obj.metadata.name, b.obj.metadata.name));
    return sort.direction === 'asc' ? out : out.reverse();
  }, [rows, columns, ctx, sort]);

  const sortBy = (index: number): ThProps['sort'] => ({
    sortBy: { index: sort.index, direction: sort.direction },
    onSort: (_e, i, direction) => setSort({ index: i, direction }),
    columnIndex: index,
  });

  return (
    <>
      <Table aria-label={label} variant="compact" data-testid="resource-table">
        <Thead>
          <Tr>
            <Th sort={sortBy(0)}>Name</Th>
            {columns.map((c, i) => (
              <Th key={c.title} sort={sortBy(i + 1)}>
                {c.title}
              </Th>
            ))}
            <Th screenReaderText="Actions" />
          </Tr>
        </Thead>
        <Tbody>
          {sorted.map((r) => (
            <Tr key={rowKey(r)} data-testid={`row-${r.obj.metadata.name}`}>
              <Td dataLabel="Name">
                <Link href={detailHref(namespace, r.kind.id, r.obj.metadata.name)}>{r.obj.metadata.name}</Link>
              </Td>
              {columns.map((c) => (
                <Td key={c.title} dataLabel={c.title}>
                  <Cell value={c.value(r.obj, ctx)} spec={c} namespace={namespace} message={c.type === 'ready' ? readiness(r.obj).message : undefined} />
                </Td>
              ))}
              <Td isActionCell>
                <ActionsColumn
                  items={[
                    { title: r.kind.readOnly ? 'View YAML' : 'Edit YAML', onClick: () => router.push(detailHref(namespace, r.kind.id, r.obj.metadata.name, 'yaml')) },
                    { title: `Delete ${r.kind.label}`, onClick: () => setDeleting(r) },
                  ]}
                />
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
      {deleting && <DeleteModal kind={deleting.kind} namespace={namespace} name={deleting.obj.metadata.name} onClose={() => setDeleting(undefined)} />}
    </>
  );
}
