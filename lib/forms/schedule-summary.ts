/**
 * Words for a schedule's next runs: "every 2 seconds" when they are evenly spaced,
 * and how far each is from now — what the PingSource form shows under the schedule.
 */
const UNITS: [number, string][] = [
  [86_400_000, 'day'],
  [3_600_000, 'hour'],
  [60_000, 'minute'],
  [1_000, 'second'],
];

function amount(ms: number): string {
  for (const [size, unit] of UNITS) {
    if (ms >= size && ms % size === 0) {
      const n = ms / size;
      return n === 1 ? unit : `${n} ${unit}s`;
    }
  }
  return `${Math.round(ms / 1000)} seconds`;
}

/** "every 2 minutes" when the gaps are equal; undefined when they differ (e.g. weekdays at 9:00). */
export function cadence(runs: Date[]): string | undefined {
  if (runs.length < 3) return undefined;
  const gaps = runs.slice(1).map((r, i) => r.getTime() - runs[i].getTime());
  if (gaps.some((g) => g !== gaps[0]) || gaps[0] <= 0) return undefined;
  return `every ${amount(gaps[0])}`;
}

/** "in 5 s", "in 3 min", "in 2 h", "in 4 d": coarse, for a glance. */
export function fromNow(date: Date, now: number): string {
  const s = Math.max(0, Math.round((date.getTime() - now) / 1000));
  if (s < 90) return `in ${s} s`;
  if (s < 90 * 60) return `in ${Math.round(s / 60)} min`;
  if (s < 36 * 3600) return `in ${Math.round(s / 3600)} h`;
  return `in ${Math.round(s / 86_400)} d`;
}
