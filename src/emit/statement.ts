// A statement of a generated module in the three forms the package ships: the TypeScript
// source (a ts-morph structure, or text), and the JavaScript and declarations that
// TypeScript's transpileModule / transpileDeclaration make of it. The generator knows
// every shape it writes, so it writes all three itself and no compiler runs on the hot
// path; test/emit-forms.test.ts proves each form equals TypeScript's own output.
import { printStructure, type StatementStructures } from 'ts-morph';
import type { DocComment } from './tsdoc.js';

export interface Statement {
  ts: string | StatementStructures;
  /** Undefined: no JavaScript (a type, a type-only import). */
  js?: string;
  /** Undefined: no declaration (a value import, a module-private constant). */
  dts?: string;
}

/** The three texts of a module, without the notice. */
export interface ModuleForms {
  ts: string;
  js: string;
  dts: string;
}

const PRINT_OPTIONS = { indentNumberOfSpaces: 2 } as const;

/**
 * Statements one by one: the source with a blank line between each (ts-morph leaves none
 * around one-line statements), JavaScript and declarations with none, as TypeScript emits them.
 */
export function printForms(statements: readonly Statement[]): ModuleForms {
  const ts = statements.map((statement) => (typeof statement.ts === 'string' ? statement.ts : printStructure(statement.ts, PRINT_OPTIONS)).trim());
  const js = statements.flatMap((statement) => (statement.js === undefined ? [] : [statement.js]));
  const dts = statements.flatMap((statement) => (statement.dts === undefined ? [] : [statement.dts]));
  return { ts: ts.join('\n\n'), js: js.join('\n'), dts: dts.join('\n') };
}

/** TypeScript's emitter indents by four spaces. */
export function indent(lines: readonly string[], depth = 1): string[] {
  const pad = '    '.repeat(depth);
  return lines.map((line) => (line === '' ? line : pad + line));
}

/**
 * A doc comment as ts-morph prints one (and TypeScript keeps it): `/** text *\/` when the
 * text is one line, else a line each; a description is set off from the tags by a blank line.
 */
export function commentLines(doc: DocComment | string | undefined): string[] {
  if (doc === undefined) return [];
  const tags = typeof doc === 'string' ? [] : doc.tags.map((tag) => `@${tag.tagName} ${tag.text}`);
  const description = typeof doc === 'string' ? doc : doc.description && tags.length > 0 ? `${doc.description}\n` : doc.description;
  const text = [...(description ? [description] : []), ...tags].join('\n');
  const textLines = text.split(/\r?\n/);
  if (textLines.length <= 1) return [`/** ${text} */`];
  const body = textLines[0] === '' ? textLines.slice(1) : textLines;
  return ['/**', ...body.map((line) => (line === '' ? ' *' : ` * ${line}`)), ' */'];
}

/** Lines into one text. */
export function lines(...parts: readonly (string | readonly string[])[]): string {
  return parts.flat().join('\n');
}
