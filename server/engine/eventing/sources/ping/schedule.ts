import { Cron } from 'croner';

export type ScheduleProblem = { field: 'schedule' | 'timezone'; message: string };
export type ParsedSchedule = { pattern: string; timezone?: string };

const DESCRIPTORS: Record<string, string> = {
  '@yearly': '@yearly',
  '@annually': '@annually',
  '@monthly': '@monthly',
  '@weekly': '@weekly',
  '@daily': '@daily',
  '@midnight': '@daily',
  '@hourly': '@hourly',
};

export function isValidTimezone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads a PingSource schedule as Knative's mtping adapter does (robfig/cron with
 * an optional seconds field): 5 fields, or 6 with seconds first, or a descriptor
 * (`@every` is rejected), optionally prefixed by `CRON_TZ=<zone>`; `timezone`
 * applies as that prefix. Returns what croner needs, or the problem with its field.
 */
export function parseSchedule(schedule: string, timezone?: string): ParsedSchedule | ScheduleProblem {
  let spec = schedule.trim();
  let tz = timezone || undefined;
  if (spec.includes('@every')) return { field: 'schedule', message: 'unsupported descriptor @every' };
  const prefix = /^(?:CRON_TZ|TZ)=(\S+)\s+/.exec(spec);
  if (prefix) {
    if (tz) return { field: 'schedule', message: `CRON_TZ in the schedule conflicts with timezone ${tz}` };
    tz = prefix[1];
    spec = spec.slice(prefix[0].length);
  }
  if (tz && !isValidTimezone(tz)) {
    return { field: 'timezone', message: `provided bad location ${tz}: unknown time zone ${tz}` };
  }
  if (spec.startsWith('@')) {
    const d = DESCRIPTORS[spec.toLowerCase()];
    if (!d) return { field: 'schedule', message: `unrecognized descriptor: ${spec}` };
    return { pattern: d, timezone: tz };
  }
  const fields = spec.split(/\s+/).filter(Boolean);
  if (fields.length < 5 || fields.length > 6) {
    return { field: 'schedule', message: `expected 5 to 6 fields, found ${fields.length}: [${fields.join(' ')}]` };
  }
  const pattern = fields.join(' ');
  try {
    new Cron(pattern, { timezone: tz, paused: true }).stop();
  } catch (err) {
    return { field: 'schedule', message: `failed to parse ${pattern}: ${(err as Error).message}` };
  }
  return { pattern, timezone: tz };
}

/** The next `n` fire times after `from` (for status, tests and previews). */
export function nextFireTimes(parsed: ParsedSchedule, n: number, from: Date): Date[] {
  const job = new Cron(parsed.pattern, { timezone: parsed.timezone, paused: true });
  try {
    return job.nextRuns(n, from);
  } finally {
    job.stop();
  }
}
