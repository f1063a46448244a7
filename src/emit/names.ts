// Quoting and escaping for generated code, defined once. Everything that puts
// doc text into TypeScript goes through here, so no doc can close a comment,
// break a string or set a prototype.
import { isIdentifierName } from '../model/naming.js';

/** A string literal: JSON quoting plus U+2028/U+2029, which older parsers treat as line ends. */
export function quote(text: string): string {
  return JSON.stringify(text).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
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

/**
 * Text safe inside a `/** … *\/` comment: `*\/` cannot close it, a line cannot
 * start a tag with `@`, and control characters are shown as escapes.
 */
export function docText(text: string): string {
  return text
    .replace(/\*\//g, '*\\/')
    .replace(/(^|\n)(\s*)@/g, '$1$2\\@')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

export { helperNames } from '../model/naming.js';
