import { Cron } from 'croner';
import type { ParsedSchedule } from './schedule';

export interface PingJob {
  schedule: ParsedSchedule;
  /** Called at each tick, after the random 0–499ms delay. */
  fire: () => void;
}

/**
 * One cron job per PingSource. A job is replaced when anything it depends on
 * changes (its fingerprint: schedule, data, sink). Like mtping, each tick waits
 * a random 0–499ms so sources with the same schedule do not all fire at once.
 */
export class PingScheduler {
  private readonly jobs = new Map<string, { cron: Cron; fingerprint: string; delays: Set<NodeJS.Timeout> }>();

  constructor(private readonly jitterMs = () => Math.floor(Math.random() * 500)) {}

  set(key: string, fingerprint: string, job: PingJob) {
    const existing = this.jobs.get(key);
    if (existing?.fingerprint === fingerprint) return;
    this.remove(key);
    const delays = new Set<NodeJS.Timeout>();
    const cron = new Cron(job.schedule.pattern, { timezone: job.schedule.timezone }, () => {
      const t = setTimeout(() => {
        delays.delete(t);
        job.fire();
      }, this.jitterMs());
      delays.add(t);
    });
    this.jobs.set(key, { cron, fingerprint, delays });
  }

  remove(key: string) {
    const job = this.jobs.get(key);
    if (!job) return;
    job.cron.stop();
    for (const t of job.delays) clearTimeout(t);
    this.jobs.delete(key);
  }

  has(key: string) {
    return this.jobs.has(key);
  }

  stop() {
    for (const key of [...this.jobs.keys()]) this.remove(key);
  }
}
