import type { Value } from './parser';
import { cast, type CesqlError, type Result, type ValueType } from './values';

/** `Any` parameters take the argument as it is (the casting functions). */
type ParamType = ValueType | 'Any';

interface BuiltIn {
  params: ParamType[];
  /** Type of the extra arguments of a variadic function. */
  variadic?: ParamType;
  returns: ValueType;
  run(args: Value[]): Result;
}

const fnError = (message: string): CesqlError => ({ kind: 'functionEvaluation', message });
const chars = (s: string) => Array.from(s);

function substring(s: string, pos: number, length?: number): Result {
  const cs = chars(s);
  if (pos === 0) return { value: '' };
  if (pos > cs.length || pos < -cs.length) {
    return { value: '', error: fnError(`SUBSTRING invalid pos argument: ${pos}`) };
  }
  if (length !== undefined && length < 0) {
    return { value: '', error: fnError(`SUBSTRING invalid length argument: ${length}`) };
  }
  const begin = pos < 0 ? cs.length + pos : pos - 1;
  const end = length === undefined ? cs.length : Math.min(begin + length, cs.length);
  return { value: cs.slice(begin, end).join('') };
}

/** The built-in functions every CESQL engine must have (spec 3.5 and the casting functions). */
const BUILT_INS: Record<string, BuiltIn[]> = {
  LENGTH: [{ params: ['String'], returns: 'Integer', run: ([s]) => ({ value: chars(s as string).length }) }],
  CONCAT: [{ params: [], variadic: 'String', returns: 'String', run: (args) => ({ value: args.join('') }) }],
  CONCAT_WS: [
    {
      params: ['String'],
      variadic: 'String',
      returns: 'String',
      run: ([sep, ...rest]) => ({ value: rest.join(sep as string) }),
    },
  ],
  LOWER: [{ params: ['String'], returns: 'String', run: ([s]) => ({ value: (s as string).toLowerCase() }) }],
  UPPER: [{ params: ['String'], returns: 'String', run: ([s]) => ({ value: (s as string).toUpperCase() }) }],
  TRIM: [{ params: ['String'], returns: 'String', run: ([s]) => ({ value: (s as string).trim() }) }],
  LEFT: [
    {
      params: ['String', 'Integer'],
      returns: 'String',
      run: ([s, n]) => {
        const cs = chars(s as string);
        if ((n as number) < 0) return { value: s, error: fnError(`LEFT y argument is < 0: ${n}`) };
        return { value: cs.slice(0, n as number).join('') };
      },
    },
  ],
  RIGHT: [
    {
      params: ['String', 'Integer'],
      returns: 'String',
      run: ([s, n]) => {
        const cs = chars(s as string);
        if ((n as number) < 0) return { value: s, error: fnError(`RIGHT y argument is < 0: ${n}`) };
        return { value: cs.slice(Math.max(0, cs.length - (n as number))).join('') };
      },
    },
  ],
  SUBSTRING: [
    { params: ['String', 'Integer'], returns: 'String', run: ([s, p]) => substring(s as string, p as number) },
    {
      params: ['String', 'Integer', 'Integer'],
      returns: 'String',
      run: ([s, p, l]) => substring(s as string, p as number, l as number),
    },
  ],
  ABS: [
    {
      params: ['Integer'],
      returns: 'Integer',
      run: ([n]) =>
        n === -2147483648
          ? { value: 2147483647, error: { kind: 'math', message: 'ABS overflow: -2147483648' } }
          : { value: Math.abs(n as number) },
    },
  ],
  INT: [{ params: ['Any'], returns: 'Integer', run: ([v]) => cast(v, 'Integer') }],
  BOOL: [
    {
      params: ['Any'],
      returns: 'Boolean',
      // Explicitly, unlike implicitly, an Integer is a Boolean: zero is false.
      run: ([v]) => (typeof v === 'number' ? { value: v !== 0 } : cast(v, 'Boolean')),
    },
  ],
  STRING: [{ params: ['Any'], returns: 'String', run: ([v]) => cast(v, 'String') }],
  IS_INT: [{ params: ['Any'], returns: 'Boolean', run: ([v]) => ({ value: !cast(v, 'Integer').error }) }],
  IS_BOOL: [{ params: ['Any'], returns: 'Boolean', run: ([v]) => ({ value: !cast(v, 'Boolean').error }) }],
};

export interface ResolvedFunction {
  paramType(i: number): ParamType;
  returns: ValueType;
  run(args: Value[]): Result;
}

/** Finds the overload for a call's arity (fixed arity first, then a variadic one), as the Go SDK's resolver. */
export function resolveFunction(name: string, arity: number): ResolvedFunction | undefined {
  const overloads = BUILT_INS[name];
  if (!overloads) return undefined;
  const fn =
    overloads.find((f) => !f.variadic && f.params.length === arity) ??
    overloads.find((f) => f.variadic && arity >= f.params.length);
  if (!fn) return undefined;
  return {
    paramType: (i) => fn.params[i] ?? fn.variadic ?? 'Any',
    returns: fn.returns,
    run: fn.run,
  };
}
