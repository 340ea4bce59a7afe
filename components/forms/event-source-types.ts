/** The source kinds the catalog offers. No icons here: the server page imports this to check the route. */
export const EVENT_SOURCE_TYPES = [
  { id: 'ping', title: 'PingSource', description: 'A fixed event on a cron schedule.' },
  { id: 'apiserver', title: 'ApiServerSource', description: 'An event for every add, update and delete of the kinds you list.' },
  { id: 'sinkbinding', title: 'SinkBinding', description: 'Tell your own workload where to send events: K_SINK is injected into its pods.' },
  { id: 'container', title: 'ContainerSource', description: 'Run an image that sends events to K_SINK.' },
] as const;

export type EventSourceTypeId = (typeof EVENT_SOURCE_TYPES)[number]['id'];

export const isEventSourceType = (id: string): id is EventSourceTypeId => EVENT_SOURCE_TYPES.some((t) => t.id === id);
