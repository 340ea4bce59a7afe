/** A Knative TrafficTarget (serving.knative.dev/v1 `route_types.go`); one shape for the whole console. */
export type { TrafficTarget } from '@/lib/resources/types';

/** One row of the traffic editor: a target, its share, its tag and whether the user pinned its share. */
export interface TrafficRow {
  /** Stable React key; not sent anywhere. */
  id: string;
  /** `null` means "the latest ready revision" (`latestRevision: true`). */
  revisionName: string | null;
  percent: number;
  tag: string;
  locked: boolean;
}
