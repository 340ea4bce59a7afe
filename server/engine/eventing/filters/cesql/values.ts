import type { Value } from './parser';

/** The error kinds of the CESQL TCK; any of them makes a filter fail. */
export type CesqlErrorKind = 'math' | 'cast' | 'missingAttribute' | 'missingFunction' | 'functionEvaluation';

export interface CesqlError {
  kind: CesqlErrorKind;
  message: string;
}

export type ValueType = 'String' | 'Integer' | 'Boolean';

/** A value plus the first error met computing it: CESQL is total, so every evaluation has a value. */
export interface Result {
  value: Value;
  error?: CesqlError;
}

export const typeOf = (v: Value): ValueType =>
  typeof v === 'string' ? 'String' : typeof v === 'number' ? 'Integer' : 'Boolean';

export const zeroOf = (t: ValueType): Value => (t === 'String' ? '' : t === 'Integer' ? 0 : false);

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

/** Wraps to 32 bits like Go's int32 arithmetic. */
export const int32 = (n: number) => n | 0;

/**
 * Implicit casting (CESQL spec 3.7 and its TCK): anything becomes a String;
 * a String becomes an Integer if it is a decimal number, a Boolean becomes 1 or 0;
 * a String becomes a Boolean if it is `true`/`false` in any case. An Integer does
 * not implicitly become a Boolean (`NOT 10` is a cast error); the BOOL function
 * does that explicitly. A failed cast yields the target's zero value and an error.
 */
export function cast(v: Value, target: ValueType): Result {
  if (typeOf(v) === target) return { value: v };
  switch (target) {
    case 'String':
      return { value: String(v) };
    case 'Integer':
      if (typeof v === 'boolean') return { value: v ? 1 : 0 };
      return parseInt32(v as string);
    case 'Boolean': {
      if (typeof v === 'string') {
        const lower = v.toLowerCase();
        if (lower === 'true') return { value: true };
        if (lower === 'false') return { value: false };
        return { value: false, error: { kind: 'cast', message: `cannot cast String to Boolean, actual value: ${v}` } };
      }
      return { value: false, error: { kind: 'cast', message: `undefined cast from Integer to Boolean: ${v}` } };
    }
  }
}

function parseInt32(s: string): Result {
  if (/^[+-]?[0-9]+$/.test(s)) {
    const n = Number(s);
    if (n >= INT32_MIN && n <= INT32_MAX) return { value: n };
  }
  return { value: 0, error: { kind: 'cast', message: `cannot cast from String to Integer: "${s}"` } };
}
