'use client';
import { HelperText, HelperTextItem, List, ListItem } from '@patternfly/react-core';
import { useMemo, useSyncExternalStore } from 'react';
import { useNow } from '@/components/resources/use-now';
import { formatRun, nextRuns } from '@/lib/cron/next-runs';
import { cadence, fromNow } from '@/lib/forms/schedule-summary';

const noop = () => () => {};

/** The schedule's next five runs, in its time zone (or the viewer's), recomputed every second. */
export function SchedulePreview({ schedule, timezone }: { schedule: string; timezone: string }) {
  // Times depend on the clock: render them in the browser only, so hydration matches.
  const inBrowser = useSyncExternalStore(noop, () => true, () => false);
  const now = useNow(1_000);
  // Recompute from the current second only: runs are whole seconds at most.
  const second = Math.floor(now / 1000);
  const result = useMemo(() => nextRuns(schedule, timezone || undefined, 5, new Date(second * 1000)), [schedule, timezone, second]);
  if (!inBrowser || !schedule.trim() || !('runs' in result)) return null;
  const every = cadence(result.runs);
  return (
    <div data-testid="schedule-preview" style={{ marginTop: 8 }}>
      <HelperText>
        <HelperTextItem>
          {every ? `Runs ${every}. ` : ''}Next runs ({timezone || 'the engine\'s local time, shown in your time zone'}):
        </HelperTextItem>
      </HelperText>
      <List isPlain isBordered={false}>
        {result.runs.map((r) => (
          <ListItem key={r.getTime()}>{formatRun(r, timezone || undefined)} <span style={{ color: 'var(--pf-t--global--text--color--subtle)' }}>({fromNow(r, now)})</span></ListItem>
        ))}
      </List>
    </div>
  );
}
