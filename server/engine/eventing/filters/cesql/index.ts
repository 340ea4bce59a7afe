import { evaluate, type EventAttributes } from './evaluate';
import { CesqlSyntaxError, parseCesql, type Expr } from './parser';
import { cast, type Result } from './values';

export type { EventAttributes } from './evaluate';
export type { Expr, Value } from './parser';
export type { CesqlError, CesqlErrorKind, Result } from './values';
export { evaluate, likeMatch } from './evaluate';
export { parseCesql, CesqlSyntaxError } from './parser';

/** Parses an expression, returning the syntax error's message instead of throwing. */
export function tryParseCesql(expression: string): { expr: Expr } | { error: string } {
  try {
    return { expr: parseCesql(expression) };
  } catch (err) {
    if (err instanceof CesqlSyntaxError) return { error: err.message };
    throw err;
  }
}

/** Evaluates an expression's source against an event (parse errors throw CesqlSyntaxError). */
export function evaluateCesql(expression: string, event: EventAttributes): Result {
  return evaluate(parseCesql(expression), event);
}

/**
 * The CESQL filter dialect's predicate: an event passes only when the expression
 * evaluates without error to true (the output is cast to Boolean, as the
 * Subscriptions API says; a value that is not a Boolean fails).
 */
export function cesqlPredicate(expr: Expr): (event: EventAttributes) => boolean {
  return (event) => {
    const r = evaluate(expr, event);
    if (r.error) return false;
    const b = cast(r.value, 'Boolean');
    return !b.error && b.value === true;
  };
}
