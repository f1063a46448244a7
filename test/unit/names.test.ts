import { describe, expect, it } from 'vitest';
import { ts } from 'ts-morph';
import { docText, emittedStringLiteral, enumMemberKey, literal, propertyKey, quote } from '../../src/emit/names.js';

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
    ['ends opening /*', 'ends opening /\\*'],
    ['both /*/ ', 'both /\\*\\/ '],
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

describe('emittedStringLiteral (as TypeScript prints a string it made)', () => {
  const printed = (text: string): string =>
    ts.createPrinter().printNode(ts.EmitHint.Unspecified, ts.factory.createStringLiteral(text), ts.createSourceFile('x.ts', '', ts.ScriptTarget.ES2022));
  it.each(['plain', 'say "hi"', 'tab\tline\nreturn\r', 'back\\slash', 'nul\u0000x', 'nul\u00001', 'bell\u0007 vt\u000b', '中文 \ufffd', 'sep\u2028 next\u0085', 'pair 😀'])('%j', (text) => {
    expect(emittedStringLiteral(text)).toBe(printed(text));
  });
});

describe('enumMemberKey', () => {
  it.each([
    ['Success', 'Success'],
    ['default', '"default"'],
    ['any', '"any"'],
    ['中文', '中文'],
  ] as const)('%j → %s', (name, expected) => {
    expect(enumMemberKey(name)).toBe(expected);
  });
});
