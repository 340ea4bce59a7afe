import { badRequest } from '../errors';

/** The pod log query parameters, as the kubelet reads them. */
export interface LogOptions {
  follow: boolean;
  timestamps: boolean;
  tailLines?: number;
  /** Lines stamped before this instant (epoch ms) are skipped. */
  sinceMs?: number;
  limitBytes?: number;
}

function positiveInt(params: URLSearchParams, name: string, min: number): number | undefined {
  const raw = params.get(name);
  if (raw === null) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw badRequest(`${name}: Invalid value: "${raw}": must be an integer of at least ${min}`);
  return n;
}

export function parseLogOptions(params: URLSearchParams, now: number): LogOptions {
  const sinceSeconds = positiveInt(params, 'sinceSeconds', 1);
  const sinceTime = params.get('sinceTime');
  if (sinceSeconds !== undefined && sinceTime) throw badRequest('at most one of sinceTime or sinceSeconds may be specified');
  let sinceMs: number | undefined;
  if (sinceSeconds !== undefined) sinceMs = now - sinceSeconds * 1000;
  if (sinceTime) {
    sinceMs = Date.parse(sinceTime);
    if (Number.isNaN(sinceMs)) throw badRequest(`sinceTime: Invalid value: "${sinceTime}": must be an RFC 3339 time`);
  }
  return {
    follow: params.get('follow') === 'true',
    timestamps: params.get('timestamps') === 'true',
    tailLines: positiveInt(params, 'tailLines', 0),
    sinceMs,
    limitBytes: positiveInt(params, 'limitBytes', 1),
  };
}

/** Complete lines, and the unterminated remainder (a line still being written). */
export function splitLines(text: string): { lines: string[]; rest: string } {
  const parts = text.split('\n');
  const rest = parts.pop() ?? '';
  return { lines: parts, rest };
}

const CRI_LINE = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)) (?:stdout|stderr) ([FP]) (.*)$/s;

/**
 * A stored log line: either the CRI format the kubelet writes
 * (`2024-05-01T10:00:00.123Z stdout F text`), which carries a timestamp, or a
 * plain line, which does not.
 */
export function parseLine(line: string): { ts?: string; text: string; partial: boolean } {
  const m = CRI_LINE.exec(line);
  if (!m) return { text: line, partial: false };
  return { ts: m[1], text: m[3], partial: m[2] === 'P' };
}

/** Renders stored lines for the client: since-filter, tail (initial read only), timestamps. */
export function formatLines(lines: string[], opts: LogOptions, initial: boolean): string {
  let parsed = lines.map(parseLine);
  if (opts.sinceMs !== undefined) parsed = parsed.filter((l) => l.ts === undefined || Date.parse(l.ts) >= opts.sinceMs!);
  if (initial && opts.tailLines !== undefined) parsed = opts.tailLines === 0 ? [] : parsed.slice(-opts.tailLines);
  return parsed.map((l) => `${opts.timestamps && l.ts ? `${l.ts} ` : ''}${l.text}${l.partial ? '' : '\n'}`).join('');
}
