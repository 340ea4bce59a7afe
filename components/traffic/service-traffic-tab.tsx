'use client';

import { Stack, StackItem } from '@patternfly/react-core';
import type { KService } from '@/lib/resources/types';
import { SetTrafficAction } from './traffic-editor';
import { TrafficStatusView } from './traffic-status-view';

/** A service's Traffic tab: the split its Route serves now, and the editor to change it. */
export function ServiceTrafficTab({ service, namespace }: { service: KService; namespace: string }) {
  return (
    <Stack hasGutter>
      <StackItem>
        <SetTrafficAction namespace={namespace} name={service.metadata.name} variant="primary" />
      </StackItem>
      <StackItem>
        <TrafficStatusView service={service} />
      </StackItem>
    </Stack>
  );
}
