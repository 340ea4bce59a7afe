import type { TrafficTarget } from './types';

export interface TagUrl {
  tag: string;
  url: string;
  revisionName?: string;
}

/** The tagged entries of a Service's status.traffic with their URLs: what "copy URL" lists after applying. */
export function tagUrls(status: readonly TrafficTarget[] | undefined): TagUrl[] {
  return (status ?? []).flatMap((t) => (t.tag && t.url ? [{ tag: t.tag, url: t.url, revisionName: t.revisionName }] : []));
}
