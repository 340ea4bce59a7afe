import { resolveFunction } from './functions';
import type { Expr, Value } from './parser';
import { cast, int32, typeOf, type CesqlError, type Result, type ValueType } from './values';

/** A CloudEvent's context attributes and extensions as strings, keyed by attribute name. */
export type EventAttributes = Readonly<Record<string, string | undefined>>;

const REQUIRED = new Set(['specversion', 'id', 'source', 'type']);
/** Optional context attributes read as '' when absent (TCK "Absent optional attribute"); extensions do not. */
const OPTIONAL = new Set(['subject', 'time', 'dataschema', 'datacontenttype']);

/**
 * Evaluates an expression in the TCK's terms: an error in an operand makes the
 * operator return its zero value with that error (fail fast), while a failed cast
 * or a function error keeps going with the fallback value. AND and OR
 * short-circuit. The first error is the one reported.
 */
export function evaluate(expr: Expr, event: EventAttributes): Result {
  switch (expr.type) {
    case 'literal':
      return { value: expr.value };
    case 'identifier': {
      const v = event[expr.name];
      if (v !== undefined) return { value: v };
      if (OPTIONAL.has(expr.name) || REQUIRED.has(expr.name)) return { value: '' };
      return { value: false, error: { kind: 'missingAttribute', message: `missing attribute '${expr.name}'` } };
    }
    case 'exists':
      return { value: REQUIRED.has(expr.name) || event[expr.name] !== undefined };
    case 'not': {
      const r = evaluate(expr.operand, event);
      if (r.error) return { value: false, error: r.error };
      const b = cast(r.value, 'Boolean');
      return { value: !b.value, error: b.error };
    }
    case 'negate': {
      const r = evaluate(expr.operand, event);
      if (r.error) return { value: 0, error: r.error };
      const n = cast(r.value, 'Integer');
      return { value: int32(-(n.value as number)), error: n.error };
    }
    case 'like': {
      const r = evaluate(expr.operand, event);
      if (r.error) return { value: false, error: r.error };
      const matched = likeMatch(String(r.value), expr.pattern);
      return { value: expr.negated ? !matched : matched };
    }
    case 'in':
      return evaluateIn(expr, event);
    case 'call':
      return evaluateCall(expr, event);
    case 'binary':
      return evaluateBinary(expr, event);
  }
}

function evaluateIn(expr: Extract<Expr, { type: 'in' }>, event: EventAttributes): Result {
  const left = evaluate(expr.operand, event);
  if (left.error) return { value: false, error: left.error };
  let castError: CesqlError | undefined;
  let found = false;
  for (const item of expr.set) {
    const r = evaluate(item, event);
    if (r.error) return { value: false, error: r.error };
    // The left operand's type is the target type for every element.
    const c = cast(r.value, typeOf(left.value));
    castError ??= c.error;
    if (c.value === left.value) {
      found = true;
      break;
    }
  }
  return { value: expr.negated ? !found : found, error: castError };
}

function evaluateCall(expr: Extract<Expr, { type: 'call' }>, event: EventAttributes): Result {
  const fn = resolveFunction(expr.name, expr.args.length);
  if (!fn) {
    return {
      value: false,
      error: { kind: 'missingFunction', message: `cannot resolve function ${expr.name} with ${expr.args.length} argument(s)` },
    };
  }
  const args: Value[] = [];
  let castError: CesqlError | undefined;
  for (const [i, arg] of expr.args.entries()) {
    const r = evaluate(arg, event);
    if (r.error) return { value: zero(fn.returns), error: r.error };
    const t = fn.paramType(i);
    const c: Result = t === 'Any' ? { value: r.value } : cast(r.value, t);
    castError ??= c.error;
    args.push(c.value);
  }
  const out = fn.run(args);
  return { value: out.value, error: castError ?? out.error };
}

const zero = (t: ValueType): Value => (t === 'String' ? '' : t === 'Integer' ? 0 : false);

function evaluateBinary(expr: Extract<Expr, { type: 'binary' }>, event: EventAttributes): Result {
  const { op } = expr;
  const logical = op === 'and' || op === 'or' || op === 'xor';
  const arithmetic = op === '+' || op === '-' || op === '*' || op === '/' || op === '%';
  const failed = arithmetic ? 0 : false;

  const left = evaluate(expr.left, event);
  if (left.error) return { value: failed, error: left.error };

  if (logical) {
    const l = cast(left.value, 'Boolean');
    if (op === 'and' && l.value === false) return { value: false, error: l.error };
    if (op === 'or' && l.value === true) return { value: true, error: l.error };
    const right = evaluate(expr.right, event);
    if (right.error) return { value: false, error: right.error };
    const r = cast(right.value, 'Boolean');
    // Past the short circuit, AND and OR both take the right operand's value.
    return { value: op === 'xor' ? l.value !== r.value : r.value, error: l.error ?? r.error };
  }

  const right = evaluate(expr.right, event);
  if (right.error) return { value: failed, error: right.error };

  if (op === '=' || op === '!=' || op === '<>') {
    // `=` is ambiguous (String, Integer, Boolean): the right operand's type decides.
    const l = cast(left.value, typeOf(right.value));
    const equal = l.value === right.value;
    return { value: op === '=' ? equal : !equal, error: l.error };
  }

  const l = cast(left.value, 'Integer');
  const r = cast(right.value, 'Integer');
  const castError = l.error ?? r.error;
  const x = l.value as number;
  const y = r.value as number;
  switch (op) {
    case '<':
      return { value: x < y, error: castError };
    case '<=':
      return { value: x <= y, error: castError };
    case '>':
      return { value: x > y, error: castError };
    case '>=':
      return { value: x >= y, error: castError };
    case '+':
      return { value: int32(x + y), error: castError };
    case '-':
      return { value: int32(x - y), error: castError };
    case '*':
      return { value: Math.imul(x, y), error: castError };
    case '/':
    case '%':
      if (y === 0) return { value: 0, error: castError ?? { kind: 'math', message: `division by zero: ${x} ${op} 0` } };
      // Truncated division; the remainder has the dividend's sign (JS % already does).
      return { value: op === '/' ? int32(Math.trunc(x / y)) : int32(x % y), error: castError };
  }
}

/**
 * LIKE: `%` is any run of characters, `_` exactly one, and `\%` / `\_` match
 * themselves. Compiled to an anchored regular expression over code points.
 */
export function likeMatch(text: string, pattern: string): boolean {
  let compiled = likeCache.get(pattern);
  if (!compiled) {
    if (likeCache.size > 1000) likeCache.clear();
    compiled = likeRegExp(pattern);
    likeCache.set(pattern, compiled);
  }
  return compiled.test(text);
}

const likeCache = new Map<string, RegExp>();

function likeRegExp(pattern: string): RegExp {
  let re = '';
  const cs = Array.from(pattern);
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i];
    if (c === '\\' && (cs[i + 1] === '%' || cs[i + 1] === '_')) {
      re += escapeRegExp(cs[++i]);
    } else if (c === '%') {
      re += '[\\s\\S]*';
    } else if (c === '_') {
      re += '[\\s\\S]';
    } else {
      re += escapeRegExp(c);
    }
  }
  return new RegExp(`^${re}$`, 'u');
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
