import { describe, expect, it } from 'vitest';
import { formatLines, parseLogOptions, splitLines } from './log-lines';

const now = Date.parse('2025-01-01T12:00:00Z');
const opts = (q: string) => parseLogOptions(new URLSearchParams(q), now);

describe('pod log lines', () => {
  const cri = ['2025-01-01T11:00:00Z stdout F old', '2025-01-01T11:59:30.5Z stderr F recent', '2025-01-01T11:59:31Z stdout P part', '2025-01-01T11:59:32Z stdout F ial'];

  it('serves plain lines as they are, with tailLines', () => {
    expect(formatLines(['a', 'b', 'c'], opts('tailLines=2'), true)).toBe('b\nc\n');
    expect(formatLines(['a', 'b'], opts('tailLines=0'), true)).toBe('');
    expect(formatLines(['a'], opts('timestamps=true'), true)).toBe('a\n');
  });

  it('reads CRI-format lines: since filter, timestamps, partial lines joined', () => {
    expect(formatLines(cri, opts('sinceSeconds=60'), true)).toBe('recent\npartial\n');
    expect(formatLines(cri.slice(0, 2), opts('timestamps=true'), true)).toBe('2025-01-01T11:00:00Z old\n2025-01-01T11:59:30.5Z recent\n');
  });

  it('keeps an unterminated line for later', () => {
    expect(splitLines('a\nb\nc')).toEqual({ lines: ['a', 'b'], rest: 'c' });
  });

  it('rejects contradictory or malformed options', () => {
    expect(() => opts('sinceSeconds=5&sinceTime=2025-01-01T00:00:00Z')).toThrow(/at most one/);
    expect(() => opts('tailLines=-1')).toThrow(/tailLines/);
  });
});
