/** One sample line of the Prometheus text exposition format. */
export interface PromSample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;

/** Go's ParseFloat, which Prometheus uses, reads NaN and Inf in any case (prom-client writes `Nan`). */
function parseValue(raw: string): number {
  switch (raw.toLowerCase()) {
    case '+inf':
    case 'inf':
      return Infinity;
    case '-inf':
      return -Infinity;
    case 'nan':
      return NaN;
    default:
      return raw === '' ? NaN : Number(raw);
  }
}

/** Reads `{a="x",b="y\"z"}` starting at `i` (the `{`); returns the labels and the index after `}`. */
function parseLabels(line: string, i: number): [Record<string, string>, number] {
  const labels: Record<string, string> = {};
  i++; // {
  while (i < line.length) {
    while (line[i] === ' ' || line[i] === ',') i++;
    if (line[i] === '}') return [labels, i + 1];
    const m = NAME.exec(line.slice(i));
    if (!m) throw new Error(`bad label name at column ${i + 1}`);
    const key = m[0];
    i += key.length;
    while (line[i] === ' ') i++;
    if (line[i] !== '=' || line[i + 1] !== '"') throw new Error(`expected ="…" after label ${key}`);
    i += 2;
    let value = '';
    for (;;) {
      const c = line[i];
      if (c === undefined) throw new Error(`unterminated value of label ${key}`);
      if (c === '"') break;
      if (c === '\\') {
        const next = line[i + 1];
        value += next === 'n' ? '\n' : next;
        i += 2;
      } else {
        value += c;
        i++;
      }
    }
    labels[key] = value;
    i++; // closing quote
  }
  throw new Error('unterminated label set');
}

/**
 * Parses the Prometheus text format (version 0.0.4): every sample with its
 * labels; comments (HELP, TYPE) are skipped, an optional timestamp is ignored.
 * A malformed line throws with its line number, so a broken exporter is
 * reported rather than read as zeros.
 */
export function parsePromText(text: string): PromSample[] {
  const out: PromSample[] = [];
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n].trim();
    if (!line || line.startsWith('#')) continue;
    try {
      const m = NAME.exec(line);
      if (!m) throw new Error('expected a metric name');
      let i = m[0].length;
      let labels: Record<string, string> = {};
      if (line[i] === '{') [labels, i] = parseLabels(line, i);
      const [raw] = line.slice(i).trim().split(/\s+/);
      const value = parseValue(raw ?? '');
      if (raw === undefined || (Number.isNaN(value) && raw.toLowerCase() !== 'nan')) throw new Error(`bad value "${raw ?? ''}"`);
      out.push({ name: m[0], labels, value });
    } catch (err) {
      throw new Error(`Prometheus text, line ${n + 1}: ${(err as Error).message}`);
    }
  }
  return out;
}
