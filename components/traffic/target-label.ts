import type { Revision } from '@/lib/resources/types';

/** The words for a row's target: a revision name, or latest ready with what it resolves to now. */
export function targetLabel(revisionName: string | null, latestReady: string | undefined): string {
  if (revisionName !== null) return revisionName;
  return latestReady ? `Latest ready revision (${latestReady})` : 'Latest ready revision';
}

const generation = (r: Revision) => Number(r.metadata.labels?.['serving.knative.dev/configurationGeneration']) || 0;

/** Newest first, as `kn revision list` orders them. */
export function revisionNamesNewestFirst(revisions: readonly Revision[]): string[] {
  return [...revisions]
    .sort((a, b) => generation(b) - generation(a) || b.metadata.name.localeCompare(a.metadata.name))
    .map((r) => r.metadata.name);
}
