'use client';
import { Label, Tooltip } from '@patternfly/react-core';
import type { KindId } from '@/lib/resources/kinds';
import { useWatchStates } from '@/components/kube/use-watch-states';

/** Whether the list on screen is live (its watch streams are synced), and why not when they fail. */
export function WatchStatus({ kindIds, namespace }: { kindIds: readonly KindId[]; namespace: string }) {
  const { live, error } = useWatchStates(kindIds, namespace);
  if (error) {
    return (
      <Tooltip content={error.message}>
        <Label color="red" isCompact data-testid="watch-status">Live updates failing</Label>
      </Tooltip>
    );
  }
  return (
    <Label color={live ? 'green' : 'orange'} isCompact data-testid="watch-status">
      {live ? 'Live' : 'Connecting…'}
    </Label>
  );
}
