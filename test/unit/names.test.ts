import { describe, expect, it } from 'vitest';
import { docText, literal, propertyKey, quote } from '../../src/emit/names.js';

describe('quote', () => {
  it.each([
    ['plain', '"plain"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['line\nbreak', '"line\\nbreak"'],
    ['back\\slash', '"back\\\\slash"'],
    ['sep\u2028para\u2029', '"sep\\u2028para\\u2029"'],
    ['nul\u0000', '"nul\\u0000"'],
    ['lone\ud800', '"lone\\ud800"'],
    ['${x}`', '"${x}`"'],
  ])('%j → %s', (text, expected) => {
    expect(quote(text)).toBe(expected);
    expect(JSON.parse(expected.replace(/\\u2028/g, '\u2028').replace(/\\u2029/g, '\u2029'))).toBe(text);
  });
});

describe('literal', () => {
  it.each([
    [0, '0'],
    [-1, '-1'],
    [10001, '10001'],
    ['JsonParsingError', '"JsonParsingError"'],
  ] as const)('%j → %s', (value, expected) => {
    expect(literal(value)).toBe(expected);
  });
});

describe('propertyKey', () => {
  it.each([
    ['Success', 'Success'],
    ['__proto__', '["__proto__"]'],
    ['with space', '"with space"'],
    [0, '0'],
    [-5, '[-5]'],
  ] as const)('%j → %s', (key, expected) => {
    expect(propertyKey(key)).toBe(expected);
  });
});

describe('docText', () => {
  it.each([
    ['closes */ comment', 'closes *\\/ comment'],
    ['@deprecated at start', '\\@deprecated at start'],
    ['mail a@b.c', 'mail a@b.c'],
    ['line\n  @tag', 'line\n  \\@tag'],
    ['bell\u0007', 'bell\\u0007'],
    ['lone \ud800 surrogate', 'lone \ufffd surrogate'],
    ['pair 😀 kept', 'pair 😀 kept'],
  ])('%j → %j', (text, expected) => {
    expect(docText(text)).toBe(expected);
  });
});
