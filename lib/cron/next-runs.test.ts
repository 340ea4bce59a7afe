import { describe, expect, it } from 'vitest';
import { formatRun, nextRuns } from './next-runs';

const from = new Date('2024-01-01T00:00:00Z');
const iso = (r: ReturnType<typeof nextRuns>) => ('runs' in r ? r.runs.map((d) => d.toISOString()) : r);

describe('nextRuns', () => {
  it('every minute by default', () => {
    expect(iso(nextRuns('', undefined, 2, from))).toEqual(['2024-01-01T00:01:00.000Z', '2024-01-01T00:02:00.000Z']);
  });
  it('with a seconds field', () => {
    expect(iso(nextRuns('*/2 * * * * *', undefined, 3, from))).toEqual([
      '2024-01-01T00:00:02.000Z',
      '2024-01-01T00:00:04.000Z',
      '2024-01-01T00:00:06.000Z',
    ]);
  });
  it('in a time zone', () => {
    expect(iso(nextRuns('0 9 * * 1-5', 'Europe/Paris', 2, from))).toEqual(['2024-01-01T08:00:00.000Z', '2024-01-02T08:00:00.000Z']);
  });
  it('across a DST change', () => {
    const march = new Date('2024-03-30T12:00:00Z');
    expect(iso(nextRuns('0 9 * * *', 'Europe/Paris', 2, march))).toEqual(['2024-03-31T07:00:00.000Z', '2024-04-01T07:00:00.000Z']);
  });
  it('with CRON_TZ in the schedule', () => {
    expect(iso(nextRuns('CRON_TZ=Asia/Tokyo 0 0 * * *', undefined, 1, from))).toEqual(['2024-01-01T15:00:00.000Z']);
  });
  it('with a descriptor', () => {
    expect(iso(nextRuns('@hourly', undefined, 1, from))).toEqual(['2024-01-01T01:00:00.000Z']);
  });
  it('refuses @every, bad field counts, bad values and bad zones, naming the field', () => {
    expect(nextRuns('@every 1m', undefined, 1, from)).toMatchObject({ field: 'schedule' });
    expect(nextRuns('* * *', undefined, 1, from)).toMatchObject({ field: 'schedule', error: expect.stringContaining('found 3') });
    expect(nextRuns('99 * * * *', undefined, 1, from)).toMatchObject({ field: 'schedule' });
    expect(nextRuns('* * * * *', 'Nowhere/Town', 1, from)).toMatchObject({ field: 'timezone' });
  });
  it('formats a run in the schedule zone', () => {
    expect(formatRun(new Date('2024-01-01T08:00:00Z'), 'Europe/Paris')).toBe('Mon, 01 Jan 2024, 09:00:00');
  });
});
