/** One result line: what was measured, the figure, the goal it is held against, and context. */
export interface BenchRow {
  metric: string;
  value: string;
  target?: string;
  note?: string;
}

const COLUMNS = ['metric', 'value', 'target', 'note'] as const;

/** A Markdown table with aligned columns, readable in a terminal and pasteable into an issue. */
export function formatTable(rows: BenchRow[]): string {
  const cells = rows.map((r) => COLUMNS.map((c) => r[c] ?? ''));
  const used = COLUMNS.map((_, i) => i).filter((i) => i < 2 || cells.some((r) => r[i] !== ''));
  const header = used.map((i) => COLUMNS[i]);
  const width = used.map((i, j) => Math.max(header[j].length, ...cells.map((r) => r[i].length)));
  const line = (vals: string[]) => `| ${vals.map((v, j) => v.padEnd(width[j])).join(' | ')} |`;
  return [line(header), `|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map((r) => line(used.map((i) => r[i])))].join('\n');
}

export const ms = (x: number) => `${x < 10 ? x.toFixed(2) : x.toFixed(0)} ms`;
