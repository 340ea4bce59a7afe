import { CesqlSyntaxError, tokenize, type Token, type TokenKind } from './lexer';

export type Value = string | number | boolean;

export type BinaryOp = '*' | '/' | '%' | '+' | '-' | '=' | '!=' | '<>' | '<' | '<=' | '>' | '>=' | 'and' | 'or' | 'xor';

export type Expr =
  | { type: 'literal'; value: Value }
  | { type: 'identifier'; name: string }
  | { type: 'exists'; name: string }
  | { type: 'not'; operand: Expr }
  | { type: 'negate'; operand: Expr }
  | { type: 'binary'; op: BinaryOp; left: Expr; right: Expr }
  | { type: 'like'; operand: Expr; pattern: string; negated: boolean }
  | { type: 'in'; operand: Expr; set: Expr[]; negated: boolean }
  | { type: 'call'; name: string; args: Expr[] };

/**
 * Parses a CESQL expression with the Go SDK grammar's precedence (highest first):
 * function calls and the unary NOT and `-` (which bind to the operand right after
 * them: `NOT a = b` is `(NOT a) = b`); LIKE and IN; `* / %`; `+ -`; comparisons;
 * and AND, OR, XOR at one level, right-associative (`a AND b OR c` is
 * `a AND (b OR c)`). That last rule surprises SQL users, but it is what a
 * Knative broker evaluates, so it is what this engine evaluates.
 */
export function parseCesql(input: string): Expr {
  const tokens = tokenize(input);
  let pos = 0;
  const peek = (): Token => tokens[pos];
  const next = (): Token => tokens[pos++];

  const fail = (t: Token, expecting: string): never => {
    const what = t.kind === 'eof' ? '<EOF>' : `'${t.text}'`;
    throw new CesqlSyntaxError(`syntax error: 1:${t.column}: unexpected ${what}, expecting ${expecting}`);
  };
  const expect = (kind: TokenKind, expecting: string) => (peek().kind === kind ? next() : fail(peek(), expecting));

  function logic(): Expr {
    const left = comparison();
    const k = peek().kind;
    if (k === 'and' || k === 'or' || k === 'xor') {
      next();
      return { type: 'binary', op: k, left, right: logic() };
    }
    return left;
  }

  function leftAssoc(operand: () => Expr, ops: BinaryOp[]): Expr {
    let left = operand();
    while ((ops as string[]).includes(peek().kind)) {
      const op = next().kind as BinaryOp;
      left = { type: 'binary', op, left, right: operand() };
    }
    return left;
  }

  const comparison = () => leftAssoc(additive, ['=', '!=', '<>', '<', '<=', '>', '>=']);
  const additive = () => leftAssoc(multiplicative, ['+', '-']);
  const multiplicative = () => leftAssoc(postfix, ['*', '/', '%']);

  function postfix(): Expr {
    let operand = unary();
    for (;;) {
      const negated = peek().kind === 'not' && (tokens[pos + 1].kind === 'like' || tokens[pos + 1].kind === 'in');
      const k = tokens[negated ? pos + 1 : pos].kind;
      if (k === 'like') {
        pos += negated ? 2 : 1;
        const pattern = expect('string', 'a string literal pattern after LIKE');
        operand = { type: 'like', operand, pattern: String(pattern.value), negated };
      } else if (k === 'in') {
        pos += negated ? 2 : 1;
        expect('(', "'(' after IN");
        const set = [logic()];
        while (peek().kind === ',') {
          next();
          set.push(logic());
        }
        expect(')', "',' or ')'");
        operand = { type: 'in', operand, set, negated };
      } else {
        return operand;
      }
    }
  }

  function unary(): Expr {
    const t = peek();
    if (t.kind === 'not') {
      next();
      return { type: 'not', operand: unary() };
    }
    if (t.kind === '-') {
      next();
      return { type: 'negate', operand: unary() };
    }
    return primary();
  }

  function primary(): Expr {
    const t = next();
    switch (t.kind) {
      case 'int':
        return { type: 'literal', value: t.value as number };
      case 'string':
        return { type: 'literal', value: t.value as string };
      case 'true':
        return { type: 'literal', value: true };
      case 'false':
        return { type: 'literal', value: false };
      case '(': {
        const inner = logic();
        expect(')', "')'");
        return inner;
      }
      case 'exists': {
        const id = expect('identifier', 'an attribute name after EXISTS');
        return { type: 'exists', name: String(id.value) };
      }
      case 'identifier':
      case 'function':
        if (peek().kind === '(') return call(t);
        if (t.kind === 'identifier') return { type: 'identifier', name: String(t.value) };
        return fail(peek(), "'(' after a function name");
      default:
        return fail(t, 'an expression');
    }
  }

  function call(name: Token): Expr {
    // Function identifiers are letters and underscores only: `abc1(` is not a call.
    if (!/^[A-Za-z_]+$/.test(name.text)) fail(name, 'a function name of letters and underscores');
    next(); // (
    const args: Expr[] = [];
    if (peek().kind !== ')') {
      args.push(logic());
      while (peek().kind === ',') {
        next();
        args.push(logic());
      }
    }
    expect(')', "',' or ')'");
    return { type: 'call', name: name.text.toUpperCase(), args };
  }

  const root = logic();
  if (peek().kind !== 'eof') fail(peek(), '<EOF>');
  return root;
}

export { CesqlSyntaxError };
