// Quoting and escaping for generated code, defined once. Everything that puts
// doc text into TypeScript goes through here, so no doc can close a comment,
// break a string or set a prototype.
import { isIdentifierName, isReservedWord } from '../model/naming.js';

/** A string literal: JSON quoting plus U+2028/U+2029, which older parsers treat as line ends. */
export function quote(text: string): string {
  return JSON.stringify(text).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

const EMITTER_ESCAPES: Readonly<Record<string, string>> = {
  '\t': '\\t', '\v': '\\v', '\f': '\\f', '\b': '\\b', '\r': '\\r', '\n': '\\n', '\\': '\\\\', '"': '\\"',
};

function utf16Escape(char: string): string {
  return `\\u${(char.charCodeAt(0).toString(16).toUpperCase()).padStart(4, '0')}`;
}

/**
 * A string literal as TypeScript's emitter writes one it made itself (an enum's names and
 * string values in its JS and declarations): its own escapes, and every character past
 * ASCII as `\uXXXX`.
 */
export function emittedStringLiteral(text: string): string {
  const escaped = text
    .replace(/[\\"\u0000-\u001f\u2028\u2029\u0085]/g, (char, offset: number) => {
      // NUL before a digit would read as an octal escape.
      if (char === '\0') return /[0-9]/.test(text.charAt(offset + 1)) ? '\\x00' : '\\0';
      return EMITTER_ESCAPES[char] ?? utf16Escape(char);
    })
    .replace(/[^\u0000-\u007f]/g, utf16Escape);
  return `"${escaped}"`;
}

/** A value literal as TypeScript emits an enum member's value. */
export function emittedLiteral(value: number | string): string {
  return typeof value === 'number' ? String(value) : emittedStringLiteral(value);
}

/** A value literal: a number or a quoted string. */
export function literal(value: number | string): string {
  return typeof value === 'number' ? String(value) : quote(value);
}

/**
 * An object-literal key. `__proto__` is written computed (`["__proto__"]`), which
 * defines an own property instead of setting the prototype.
 */
export function propertyKey(key: number | string): string {
  if (typeof key === 'number') return key < 0 ? `[${key}]` : String(key);
  if (key === '__proto__') return `[${quote(key)}]`;
  return isIdentifierName(key) ? key : quote(key);
}

/** An enum member name: bare when it could name a variable, else quoted (as ts-morph would). */
export function enumMemberKey(name: string): string {
  return isIdentifierName(name) && !isReservedWord(name) ? name : quote(name);
}

/**
 * Text safe inside a `/** … *\/` comment: `*\/` cannot close it, `/\*` cannot open one
 * (ts-morph's writer would take it for a comment start and mangle the lines after), a line cannot
 * start a tag with `@`, and control characters are shown as escapes.
 */
export function docText(text: string): string {
  return text
    .replace(/\*\//g, '*\\/')
    .replace(/\/\*/g, '/\\*')
    .replace(/(^|\n)(\s*)@/g, '$1$2\\@')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

export { helperNames } from '../model/naming.js';
