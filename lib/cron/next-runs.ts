import { Cron } from 'croner';

/**
 * The next fire times of a PingSource schedule, for the console's form preview.
 * Reads the schedule as Knative's PingSource does: 5 fields, or 6 with a leading
 * seconds field, or a descriptor (@hourly, @daily…; `@every` is refused), an
 * optional `CRON_TZ=<zone>` prefix, and `timezone` (IANA) applied as that prefix.
 * Pure and isomorphic (croner runs in the browser).
 */
export type NextRunsResult = { runs: Date[] } | { field: 'schedule' | 'timezone'; error: string };

const DESCRIPTORS: Record<string, string> = {
  '@yearly': '@yearly',
  '@annually': '@yearly',
  '@monthly': '@monthly',
  '@weekly': '@weekly',
  '@daily': '@daily',
  '@midnight': '@daily',
  '@hourly': '@hourly',
};

function validZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export function nextRuns(schedule: string, timezone: string | undefined, n: number, from: Date): NextRunsResult {
  let spec = schedule.trim() || '* * * * *';
  let tz = timezone?.trim() || undefined;
  if (spec.includes('@every')) return { field: 'schedule', error: '@every is not supported by PingSource; use a cron expression' };
  const prefix = /^(?:CRON_TZ|TZ)=(\S+)\s+/.exec(spec);
  if (prefix) {
    if (tz) return { field: 'schedule', error: `CRON_TZ=${prefix[1]} in the schedule conflicts with the timezone ${tz}` };
    tz = prefix[1];
    spec = spec.slice(prefix[0].length);
  }
  if (tz && !validZone(tz)) return { field: 'timezone', error: `unknown time zone ${tz}` };
  let pattern: string;
  if (spec.startsWith('@')) {
    const d = DESCRIPTORS[spec.toLowerCase()];
    if (!d) return { field: 'schedule', error: `unrecognized descriptor ${spec}` };
    pattern = d;
  } else {
    const fields = spec.split(/\s+/);
    if (fields.length < 5 || fields.length > 6) {
      return { field: 'schedule', error: `expected 5 fields (or 6 with seconds first), found ${fields.length}` };
    }
    pattern = fields.join(' ');
  }
  let job: Cron | undefined;
  try {
    job = new Cron(pattern, { timezone: tz, paused: true });
    return { runs: job.nextRuns(n, from) };
  } catch (err) {
    return { field: 'schedule', error: (err as Error).message };
  } finally {
    job?.stop();
  }
}

/** `Mon, 01 Jan 2024, 09:00:00` in the schedule's zone (or the viewer's), for a preview list. */
export function formatRun(date: Date, timezone?: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: timezone || undefined,
    weekday: 'short',
    day: '2-digit',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  }).format(date);
}
