/**
 * The JSONPath subset printer columns use (as CRDs' additionalPrinterColumns do):
 * `.a.b`, `['dotted\.key']`, `[0]`, `[*]` and `[?(@.type=="Ready")]` filters.
 * Returns every value the path reaches, in order.
 */
export type PathSegment =
  | { kind: 'field'; name: string }
  | { kind: 'index'; index: number }
  | { kind: 'all' }
  | { kind: 'filter'; path: string[]; op: '==' | '!='; value: string };

const cache = new Map<string, PathSegment[]>();

export function parseJsonPath(expr: string): PathSegment[] {
  const hit = cache.get(expr);
  if (hit) return hit;
  let s = expr.trim();
  if (s.startsWith('{') && s.endsWith('}')) s = s.slice(1, -1);
  if (s.startsWith('$')) s = s.slice(1);
  const segs: PathSegment[] = [];
  let i = 0;
  while (i < s.length) {
    if (s[i] === '.') {
      i++;
      let j = i;
      while (j < s.length && s[j] !== '.' && s[j] !== '[') j++;
      if (j > i) segs.push({ kind: 'field', name: s.slice(i, j) });
      i = j;
    } else if (s[i] === '[') {
      const end = closingBracket(s, i);
      segs.push(parseBracket(s.slice(i + 1, end).trim(), expr));
      i = end + 1;
    } else {
      let j = i;
      while (j < s.length && s[j] !== '.' && s[j] !== '[') j++;
      segs.push({ kind: 'field', name: s.slice(i, j) });
      i = j;
    }
  }
  cache.set(expr, segs);
  return segs;
}

function closingBracket(s: string, open: number): number {
  let quote: string | undefined;
  for (let i = open + 1; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') i++;
    else if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ']') return i;
  }
  throw new Error(`unterminated [ in JSONPath ${s}`);
}

const unquote = (q: string) => q.slice(1, -1).replace(/\\(.)/g, '$1');

function parseBracket(inner: string, expr: string): PathSegment {
  if (inner === '*') return { kind: 'all' };
  if (/^-?\d+$/.test(inner)) return { kind: 'index', index: Number(inner) };
  if (/^(['"]).*\1$/.test(inner)) return { kind: 'field', name: unquote(inner) };
  const filter = /^\?\(@((?:\.[^.=!\s]+)+)\s*(==|!=)\s*(['"].*['"]|[^)\s]+)\s*\)$/.exec(inner);
  if (filter) {
    const value = /^['"]/.test(filter[3]) ? unquote(filter[3]) : filter[3];
    return { kind: 'filter', path: filter[1].slice(1).split('.'), op: filter[2] as '==' | '!=', value };
  }
  throw new Error(`unsupported JSONPath element [${inner}] in ${expr}`);
}

function child(v: unknown, name: string): unknown {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>)[name] : undefined;
}

export function evalJsonPath(obj: unknown, expr: string): unknown[] {
  let current: unknown[] = [obj];
  for (const seg of parseJsonPath(expr)) {
    const next: unknown[] = [];
    for (const v of current) {
      switch (seg.kind) {
        case 'field': {
          const c = child(v, seg.name);
          if (c !== undefined) next.push(c);
          break;
        }
        case 'index':
          if (Array.isArray(v)) {
            const c = v[seg.index < 0 ? v.length + seg.index : seg.index];
            if (c !== undefined) next.push(c);
          }
          break;
        case 'all':
          if (Array.isArray(v)) next.push(...v);
          else if (v !== null && typeof v === 'object') next.push(...Object.values(v));
          break;
        case 'filter':
          if (Array.isArray(v)) {
            for (const item of v) {
              const got = seg.path.reduce<unknown>((acc, p) => child(acc, p), item);
              const equal = got !== undefined && String(got) === seg.value;
              if (equal === (seg.op === '==')) next.push(item);
            }
          }
          break;
      }
    }
    current = next;
  }
  return current;
}
