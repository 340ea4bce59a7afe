'use client';
import { Card, CardBody, CardTitle, EmptyState, EmptyStateBody } from '@patternfly/react-core';
import type { ReactNode } from 'react';
import type { Row } from '@/lib/metrics/view';

export interface ChartCardProps {
  id: string;
  title: string;
  /** The newest row the chart draws: its time is exposed as data-last-sample, its values as data-latest (freshness and value checks). */
  latest?: Row;
  /** Shown instead of the chart (no data yet, or a figure the source cannot give). */
  empty?: string;
  children: ReactNode;
}

/** A titled card around one chart; the plot area has a fixed height so the grid does not jump as data arrives. */
export function ChartCard({ id, title, latest, empty, children }: ChartCardProps) {
  return (
    <Card isCompact isFullHeight data-testid={id} data-last-sample={latest?.t ?? ''} data-latest={latest ? JSON.stringify(latest) : ''} aria-label={title}>
      <CardTitle>{title}</CardTitle>
      <CardBody>
        {empty ? (
          <EmptyState variant="xs" style={{ height: 200 }}>
            <EmptyStateBody>{empty}</EmptyStateBody>
          </EmptyState>
        ) : (
          <div style={{ width: '100%', height: 200 }}>{children}</div>
        )}
      </CardBody>
    </Card>
  );
}
