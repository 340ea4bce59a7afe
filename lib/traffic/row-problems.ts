import type { TrafficRow } from './types';
import { tagError } from './validate';

/**
 * What to show next to each row's tag field while editing, in Knative's words:
 * the DNS-1035 message, or "Multiple definitions" on every row sharing a tag.
 */
export function tagMessages(rows: readonly TrafficRow[]): Record<string, string | undefined> {
  const count = new Map<string, number>();
  for (const r of rows) {
    const tag = r.tag.trim();
    if (tag) count.set(tag, (count.get(tag) ?? 0) + 1);
  }
  return Object.fromEntries(
    rows.map((r) => {
      const tag = r.tag.trim();
      const duplicate = tag && (count.get(tag) ?? 0) > 1 ? `Multiple definitions for ${JSON.stringify(tag)}` : undefined;
      return [r.id, tagError(tag) ?? duplicate];
    }),
  );
}
