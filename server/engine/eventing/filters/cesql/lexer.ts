/**
 * Tokens of CloudEvents SQL (CESQL v1), lexed the way the Go SDK's ANTLR lexer
 * (cloudevents/sdk-go sql/v2, what Knative runs) does, so an expression that
 * Knative's webhook rejects is rejected here too:
 * - keywords are case-insensitive; identifiers are lower-cased;
 * - a `+`/`-` immediately followed by digits is part of an integer literal
 *   (so `4-1` is two integers and a syntax error, while `4 - 1` is a subtraction);
 * - in a string, `\'` (single-quoted) or `\"` (double-quoted) is the quote itself;
 *   every other backslash is kept as written, so LIKE patterns can escape `%` and `_`.
 */

export type TokenKind =
  | 'int'
  | 'string'
  | 'true'
  | 'false'
  | 'identifier' // [a-z0-9]+, an attribute name (or a function name when followed by `(`)
  | 'function' // contains `_`, like CONCAT_WS: only valid as a function name
  | 'and'
  | 'or'
  | 'xor'
  | 'not'
  | 'like'
  | 'exists'
  | 'in'
  | '('
  | ')'
  | ','
  | '*'
  | '/'
  | '%'
  | '+'
  | '-'
  | '='
  | '!='
  | '<>'
  | '<'
  | '<='
  | '>'
  | '>='
  | 'eof';

export interface Token {
  kind: TokenKind;
  /** The source text of the token. */
  text: string;
  /** The decoded value of a string or integer literal, or the lower-cased identifier. */
  value?: string | number;
  /** 1-based column, for error messages. */
  column: number;
}

export class CesqlSyntaxError extends Error {}

const KEYWORDS: Record<string, TokenKind> = {
  AND: 'and',
  OR: 'or',
  XOR: 'xor',
  NOT: 'not',
  LIKE: 'like',
  EXISTS: 'exists',
  IN: 'in',
  TRUE: 'true',
  FALSE: 'false',
};

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isWordChar = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_]/.test(c);

export function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const push = (kind: TokenKind, start: number, value?: string | number) =>
    tokens.push({ kind, text: input.slice(start, i), value, column: start + 1 });

  while (i < input.length) {
    const c = input[i];
    const start = i;
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      i++;
      continue;
    }
    if ((c === '+' || c === '-') && isDigit(input[i + 1])) {
      i++;
      while (isDigit(input[i])) i++;
      push('int', start, parseInteger(input.slice(start, i), start));
      continue;
    }
    if (isDigit(c) || /[A-Za-z_]/.test(c)) {
      while (isWordChar(input[i])) i++;
      push(...classifyWord(input.slice(start, i), start));
      continue;
    }
    if (c === "'" || c === '"') {
      push('string', start, readString(input, start, (end) => (i = end)));
      continue;
    }
    const two = input.slice(i, i + 2);
    if (two === '!=' || two === '<>' || two === '<=' || two === '>=') {
      i += 2;
      push(two, start);
      continue;
    }
    if ('()*/%+-=<>,'.includes(c)) {
      i++;
      push(c as TokenKind, start);
      continue;
    }
    throw new CesqlSyntaxError(`syntax error: 1:${start + 1}: token recognition error at: '${c}'`);
  }
  tokens.push({ kind: 'eof', text: '<EOF>', column: input.length + 1 });
  return tokens;
}

function classifyWord(word: string, start: number): [TokenKind, number, (string | number)?] {
  const upper = word.toUpperCase();
  if (KEYWORDS[upper]) return [KEYWORDS[upper], start];
  if (/^[0-9]+$/.test(word)) return ['int', start, parseInteger(word, start)];
  if (/^[A-Za-z0-9]+$/.test(word)) return ['identifier', start, word.toLowerCase()];
  // The Go lexer's function identifiers are [A-Z][A-Z_]* (after upper-casing the input).
  if (/^[A-Za-z][A-Za-z_]*$/.test(word)) return ['function', start, upper];
  throw new CesqlSyntaxError(`syntax error: 1:${start + 1}: token recognition error at: '${word}'`);
}

function parseInteger(text: string, start: number): number {
  const n = Number(text);
  if (n < INT32_MIN || n > INT32_MAX) {
    throw new CesqlSyntaxError(`syntax error: 1:${start + 1}: integer literal ${text} is out of the 32-bit range`);
  }
  return n;
}

function readString(input: string, start: number, setEnd: (end: number) => void): string {
  const quote = input[start];
  let i = start + 1;
  let raw = '';
  for (;;) {
    const c = input[i];
    if (c === undefined) throw new CesqlSyntaxError(`syntax error: 1:${start + 1}: unterminated string literal`);
    if (c === '\\' && i + 1 < input.length) {
      raw += c + input[i + 1];
      i += 2;
      continue;
    }
    if (c === quote) {
      // A doubled quote is part of the literal in the Go lexer (and kept as written).
      if (input[i + 1] === quote) {
        raw += c + c;
        i += 2;
        continue;
      }
      break;
    }
    raw += c;
    i++;
  }
  setEnd(i + 1);
  return raw.replaceAll('\\' + quote, quote);
}
