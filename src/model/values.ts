// Values as the docs write them, parsed into a small expression and evaluated
// exactly with BigInt (JS `1 << 54` is 4194304; `1ULL << 54` is 18014398509481984):
//   integers       0  -1  0x10  1L  1ULL  (C/Java suffixes are ignored)
//   strings        "cn-north-1"  'x'
//   references     OtherMember  Enum.Member  Enum::Member
//   operators      (…)  ~ - +  * / %  + -  << >>  &  ^  |   with C precedence
export type ValueExpression =
  | { kind: 'integer'; value: bigint }
  | { kind: 'string'; value: string }
  | { kind: 'reference'; path: string[] }
  | { kind: 'unary'; operator: '-' | '+' | '~'; operand: ValueExpression }
  | { kind: 'binary'; operator: BinaryOperator; left: ValueExpression; right: ValueExpression };

type BinaryOperator = '|' | '^' | '&' | '<<' | '>>' | '+' | '-' | '*' | '/' | '%';

/** The rule a value that cannot be had is reported under. */
export type ValueRule = 'unparsable-value' | 'unresolved-reference' | 'value-out-of-range';

/** Why a value cannot be had, and under which rule that is reported. */
export interface ValueFailure {
  ok: false;
  reason: string;
  rule: ValueRule;
}

export type Parsed<T> = { ok: true; value: T } | ValueFailure;

export function failure(rule: ValueRule, reason: string): ValueFailure {
  return { ok: false, reason, rule };
}

/** Binary operators by precedence, lowest first (C's order). */
const PRECEDENCE: readonly (readonly BinaryOperator[])[] = [['|'], ['^'], ['&'], ['<<', '>>'], ['+', '-'], ['*', '/', '%']];

const TOKEN = /\s*(?:(0[xX][0-9a-fA-F]+|\d+)[uUlL]*(?![\w$])|("(?:[^"\\]|\\.)*"|'[^']*')|([\p{ID_Start}$_][\p{ID_Continue}$]*(?:(?:\.|::)[\p{ID_Start}$_][\p{ID_Continue}$]*)*)|(<<|>>|[|^&+\-*/%~()]))/uy;

type Token = { kind: 'integer'; value: bigint } | { kind: 'string'; value: string } | { kind: 'name'; path: string[] } | { kind: 'op'; value: string };

function tokenize(text: string): Parsed<Token[]> {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < text.length) {
    if (/^\s*$/.test(text.slice(at))) break;
    TOKEN.lastIndex = at;
    const match = TOKEN.exec(text);
    if (!match) return failure('unparsable-value', `unexpected \`${text.slice(at).trim().slice(0, 20)}\``);
    const [, integer, string, name, op] = match;
    if (integer !== undefined) tokens.push({ kind: 'integer', value: BigInt(integer) });
    else if (string !== undefined) tokens.push({ kind: 'string', value: unquote(string) });
    else if (name !== undefined) tokens.push({ kind: 'name', path: name.split(/\.|::/) });
    else if (op !== undefined) tokens.push({ kind: 'op', value: op });
    at = TOKEN.lastIndex;
  }
  return { ok: true, value: tokens };
}

function unquote(text: string): string {
  if (text.startsWith("'")) return text.slice(1, -1);
  return JSON.parse(text) as string;
}

/** Parses a value cell; the empty cell and anything that is not an expression are refused with a reason. */
export function parseValueExpression(text: string): Parsed<ValueExpression> {
  const trimmed = text.trim();
  if (trimmed === '') return failure('unparsable-value', 'The value cell is empty');
  const tokens = boundedTokens(trimmed);
  if (!tokens.ok) return failure('unparsable-value', `Cannot read \`${shortened(trimmed)}\` as a value: ${tokens.reason}`);
  let position = 0;
  let depth = 0;
  /** `read` one level deeper (a parenthesis, a unary operator), at most MAX_DEPTH. */
  const nested = <T>(read: () => T): T => {
    if (++depth > MAX_DEPTH) throw new SyntaxError(`it nests deeper than ${MAX_DEPTH} levels`);
    const value = read();
    depth--;
    return value;
  };
  const peek = (): Token | undefined => tokens.value[position];
  const isOp = (token: Token | undefined, ...values: string[]): token is { kind: 'op'; value: string } =>
    token?.kind === 'op' && values.includes(token.value);

  const binary = (level: number): ValueExpression => {
    const operators = PRECEDENCE[level];
    if (!operators) return unary();
    let left = binary(level + 1);
    for (let token = peek(); isOp(token, ...operators); token = peek()) {
      position++;
      left = { kind: 'binary', operator: token.value as BinaryOperator, left, right: binary(level + 1) };
    }
    return left;
  };
  const unary = (): ValueExpression => {
    const token = peek();
    if (isOp(token, '-', '+', '~')) {
      position++;
      return { kind: 'unary', operator: token.value as '-' | '+' | '~', operand: nested(unary) };
    }
    return primary();
  };
  const primary = (): ValueExpression => {
    const token = tokens.value[position++];
    if (!token) throw new SyntaxError('it ends too early');
    if (token.kind === 'integer') return { kind: 'integer', value: token.value };
    if (token.kind === 'string') return { kind: 'string', value: token.value };
    if (token.kind === 'name') return { kind: 'reference', path: token.path };
    if (token.value === '(') {
      const inner = nested(() => binary(0));
      if (!isOp(tokens.value[position++], ')')) throw new SyntaxError('a `(` is not closed');
      return inner;
    }
    throw new SyntaxError(`unexpected \`${token.value}\``);
  };

  try {
    const expression = binary(0);
    if (position < tokens.value.length) throw new SyntaxError('there is more after the value');
    return { ok: true, value: expression };
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    return failure('unparsable-value', `Cannot read \`${shortened(trimmed)}\` as a value: ${error.message}`);
  }
}

/** The tokens of a value, at most MAX_TOKENS: bounded work, whatever a doc holds (no value of a real enum comes near it). */
function boundedTokens(text: string): Parsed<Token[]> {
  const tokens = tokenize(text);
  if (tokens.ok && tokens.value.length > MAX_TOKENS) return failure('unparsable-value', `it has ${tokens.value.length} parts, more than ${MAX_TOKENS}`);
  return tokens;
}

/** Tokens of one value at most (a sum of 20,000 terms would nest 20,000 deep when evaluated). */
const MAX_TOKENS = 200;
/** Parentheses and unary operators nested at most. */
const MAX_DEPTH = 32;

/** A value's text as a message quotes it: at most 60 characters. */
function shortened(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** A reference's value, or a reason it has none. */
export type Resolver = (path: readonly string[]) => Parsed<bigint | string>;

/** Evaluates exactly; integers come back as bigint. */
export function evaluate(expression: ValueExpression, resolve: Resolver): Parsed<bigint | string> {
  switch (expression.kind) {
    case 'integer':
    case 'string':
      return { ok: true, value: expression.value };
    case 'reference':
      return resolve(expression.path);
    case 'unary': {
      const operand = integerOf(evaluate(expression.operand, resolve), expression.operator);
      if (!operand.ok) return operand;
      const value = expression.operator === '-' ? -operand.value : expression.operator === '~' ? ~operand.value : operand.value;
      return { ok: true, value };
    }
    case 'binary': {
      const left = integerOf(evaluate(expression.left, resolve), expression.operator);
      if (!left.ok) return left;
      const right = integerOf(evaluate(expression.right, resolve), expression.operator);
      if (!right.ok) return right;
      return applyBinary(expression.operator, left.value, right.value);
    }
  }
}

function integerOf(result: Parsed<bigint | string>, operator: string): Parsed<bigint> {
  if (!result.ok) return result;
  if (typeof result.value === 'string') return failure('unparsable-value', `\`${operator}\` needs numbers, not the string "${result.value}"`);
  return { ok: true, value: result.value };
}

function applyBinary(operator: BinaryOperator, left: bigint, right: bigint): Parsed<bigint> {
  switch (operator) {
    case '|':
      return { ok: true, value: left | right };
    case '^':
      return { ok: true, value: left ^ right };
    case '&':
      return { ok: true, value: left & right };
    case '<<':
    case '>>':
      if (right < 0n || right > 1024n) return failure('unparsable-value', `shift by ${right} is out of range`);
      return { ok: true, value: operator === '<<' ? left << right : left >> right };
    case '+':
      return { ok: true, value: left + right };
    case '-':
      return { ok: true, value: left - right };
    case '*':
      return { ok: true, value: left * right };
    case '/':
    case '%':
      if (right === 0n) return failure('unparsable-value', 'division by zero');
      return { ok: true, value: operator === '/' ? left / right : left % right };
  }
}

/**
 * The value as the model stores it: a number when the integer is exactly representable
 * as one (2**54 is, 2**53 + 1 is not), else a refusal.
 */
export function toModelValue(value: bigint | string): Parsed<number | string> {
  if (typeof value === 'string') return { ok: true, value };
  const number = Number(value);
  // Beyond 2^1024 a number is Infinity, which no BigInt equals (and BigInt(Infinity) throws).
  if (!Number.isFinite(number) || BigInt(number) !== value) {
    return failure('value-out-of-range', `${shortened(String(value))} cannot be represented exactly as a JavaScript number`);
  }
  return { ok: true, value: Object.is(number, -0) ? 0 : number };
}

/** Parses and evaluates a value that refers to nothing (the common case). */
export function parseValue(text: string): Parsed<number | string> {
  const expression = parseValueExpression(text);
  if (!expression.ok) return expression;
  const value = evaluate(expression.value, (path) => failure('unresolved-reference', `\`${path.join('.')}\` names no member`));
  return value.ok ? toModelValue(value.value) : value;
}

/** True when the expression is just a number or string: no need to keep the doc's text. */
export function isPlainLiteral(expression: ValueExpression): boolean {
  if (expression.kind === 'unary' && expression.operator === '-') return expression.operand.kind === 'integer';
  return expression.kind === 'integer' || expression.kind === 'string';
}

const DECIMAL_CODE = /^-?(?:0|[1-9]\d{0,14})$/;
/** A hex code JavaScript holds exactly (up to 13 hex digits, below 2^52). */
const HEX_CODE = /^-?0x[0-9a-f]{1,13}$/i;

/** Whether a code is written in hex (`0x80`): its text is kept beside its value. */
export function isHexCode(text: string): boolean {
  return HEX_CODE.test(text);
}

/** A code table's code as a value: decimal and hex codes are numbers, any other code is its own text. */
export function codeValue(text: string): number | string {
  if (DECIMAL_CODE.test(text)) return Number(text);
  if (!HEX_CODE.test(text)) return text;
  const value = Number.parseInt(text.replace(/^-?0x/i, ''), 16);
  return text.startsWith('-') ? -value : value;
}
