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
    ['', 'The value cell is empty'],
    ['abc', '`abc` names no member'],
    ['1.5', 'Cannot read `1.5` as a value: unexpected `.5`'],
    ['9007199254740993', '9007199254740993 cannot be represented exactly as a JavaScript number'],
    ['1ULL << 53 | 1', '9007199254740993 cannot be represented exactly as a JavaScript number'],
    ['"open', 'Cannot read `"open` as a value: unexpected `"open`'],
    ['1 <<', 'Cannot read `1 <<` as a value: it ends too early'],
    ['(1', 'Cannot read `(1` as a value: a `(` is not closed'],
    ['1 2', 'Cannot read `1 2` as a value: there is more after the value'],
    ['1 / 0', 'division by zero'],
    ['"a" | 1', '`|` needs numbers, not the string "a"'],
    ['1 << 2000', 'shift by 2000 is out of range'],
  ])('%j is refused: %s', (text, reason) => {
    expect(parseValue(text)).toEqual({ ok: false, reason });
  });
});
