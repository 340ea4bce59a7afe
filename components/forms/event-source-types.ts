import { ClockIcon, CubesIcon, LinkIcon, ServerIcon } from '@patternfly/react-icons';

/** The source kinds the catalog offers (icons as the topology draws them). */
export const EVENT_SOURCE_TYPES = [
  { id: 'ping', title: 'PingSource', description: 'A fixed event on a cron schedule.', icon: ClockIcon },
  { id: 'apiserver', title: 'ApiServerSource', description: 'An event for every add, update and delete of the kinds you list.', icon: ServerIcon },
  { id: 'sinkbinding', title: 'SinkBinding', description: 'Tell your own workload where to send events: K_SINK is injected into its pods.', icon: LinkIcon },
  { id: 'container', title: 'ContainerSource', description: 'Run an image that sends events to K_SINK.', icon: CubesIcon },
] as const;

export type EventSourceTypeId = (typeof EVENT_SOURCE_TYPES)[number]['id'];

export const isEventSourceType = (id: string): id is EventSourceTypeId => EVENT_SOURCE_TYPES.some((t) => t.id === id);
