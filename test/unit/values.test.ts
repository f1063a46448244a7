import { describe, expect, it } from 'vitest';
import { parseValue } from '../../src/model/values.js';

describe('parseValue', () => {
  it.each([
    ['0', 0],
    ['10001', 10001],
    ['-1', -1],
    ['+7', 7],
    ['-0', 0],
    ['0x10', 16],
    ['-0x1F', -31],
    ['"abc"', 'abc'],
    ["'abc'", 'abc'],
    ['"a \\"q\\""', 'a "q"'],
    ['""', ''],
    ['1L', 1],
    ['1 << 3', 8],
    ['(1 << 1)', 2],
    ['1ULL << 54', 18014398509481984],
    ['1L << 31', 2147483648],
    ['~0', -1],
    ['-(1 << 3)', -8],
    ['2 * 3 + 1', 7],
    ['1 | 2 << 1', 5],
    ['0x10 & 0x30 ^ 1', 17],
  ])('%j → %j', (text, value) => {
    expect(parseValue(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'The value cell is empty', 'unparsable-value'],
    ['abc', '`abc` names no member', 'unresolved-reference'],
    ['1.5', 'Cannot read `1.5` as a value: unexpected `.5`', 'unparsable-value'],
    ['9007199254740993', '9007199254740993 cannot be represented exactly as a JavaScript number', 'value-out-of-range'],
    ['1ULL << 53 | 1', '9007199254740993 cannot be represented exactly as a JavaScript number', 'value-out-of-range'],
    ['"open', 'Cannot read `"open` as a value: unexpected `"open`', 'unparsable-value'],
    ['1 <<', 'Cannot read `1 <<` as a value: it ends too early', 'unparsable-value'],
    ['(1', 'Cannot read `(1` as a value: a `(` is not closed', 'unparsable-value'],
    ['1 2', 'Cannot read `1 2` as a value: there is more after the value', 'unparsable-value'],
    ['1 / 0', 'division by zero', 'unparsable-value'],
    ['"a" | 1', '`|` needs numbers, not the string "a"', 'unparsable-value'],
    ['1 << 2000', 'shift by 2000 is out of range', 'unparsable-value'],
  ])('%j is refused: %s (%s)', (text, reason, rule) => {
    expect(parseValue(text)).toEqual({ ok: false, reason, rule });
  });
});

// Hostile values (issue 26, item 10): bounded work and a diagnostic, never a stack overflow or a throw.
describe('parseValue on hostile input', () => {
  it.each([
    ['1,000 nested parentheses', `${'('.repeat(1000)}1${')'.repeat(1000)}`, 'unparsable-value', 'it has 2001 parts, more than 200'],
    ['40 nested parentheses (few parts)', `${'('.repeat(40)}1${')'.repeat(40)}`, 'unparsable-value', 'it nests deeper than 32 levels'],
    ['10,000 `~`', `${'~'.repeat(10000)}1`, 'unparsable-value', 'it has 10001 parts, more than 200'],
    ['a sum of 20,000 terms', Array(20000).fill('1').join('+'), 'unparsable-value', 'it has 39999 parts, more than 200'],
    ['a 309-digit decimal', '9'.repeat(309), 'value-out-of-range', 'cannot be represented exactly as a JavaScript number'],
    ['a 256-hex-digit literal', `0x${'f'.repeat(256)}`, 'value-out-of-range', 'cannot be represented exactly as a JavaScript number'],
  ])('%s', (_label, text, rule, reason) => {
    const parsed = parseValue(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.rule).toBe(rule);
    expect(parsed.reason).toContain(reason);
  });

  it('reads 32 levels of parentheses and 200 parts', () => {
    expect(parseValue(`${'('.repeat(32)}7${')'.repeat(32)}`)).toEqual({ ok: true, value: 7 });
    expect(parseValue(Array(100).fill('1').join('+'))).toEqual({ ok: true, value: 100 });
  });
});
