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
  ])('%j → %j', (text, value) => {
    expect(parseValue(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'The value cell is empty'],
    ['abc', 'Cannot read `abc` as a value'],
    ['1.5', 'Cannot read `1.5` as a value'],
    ['9007199254740993', '`9007199254740993` is beyond the safe integer range'],
    ['"open', 'Cannot read `"open` as a value'],
  ])('%j is refused: %s', (text, reason) => {
    expect(parseValue(text)).toEqual({ ok: false, reason });
  });
});
