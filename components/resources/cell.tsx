'use client';
import Link from 'next/link';
import type { CellValue, Column, DetailField } from '@/lib/resources/columns';
import { detailHref } from '@/lib/resources/hrefs';
import { ReadyLabel } from './ready-label';

/** Renders a column value or detail field: a link to another object, an external URL, a status label, or text. */
export function Cell({ value, spec, namespace, message }: { value: CellValue; spec: Pick<Column, 'type' | 'linkTo'> | Pick<DetailField, 'type' | 'linkTo'>; namespace: string; message?: string }) {
  if (value === undefined || value === '') return null;
  if (spec.type === 'ready') return <ReadyLabel status={String(value)} message={message} />;
  if (spec.linkTo) return <Link href={detailHref(namespace, spec.linkTo, String(value))}>{value}</Link>;
  if (spec.type === 'url' && /^https?:\/\//.test(String(value))) {
    return (
      <a href={String(value)} target="_blank" rel="noreferrer">
        {value}
      </a>
    );
  }
  return <>{value}</>;
}
