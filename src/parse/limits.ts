// What remark can parse in bounded time and memory. Beyond these, a doc is not parsed: it is
// one `doc-too-large` error, never a stack overflow, a run out of heap or a parse of minutes.
// Measured with remark-parse + remark-gfm: 1.7 MB of tables (50,000 rows) took 15 s and 1.9 GB
// of a default 4.3 GB heap; lists nested 100 deep parse in 0.15 s, 300 deep in 1.4 s (the time
// grows with the cube).
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';

/** The most characters of one doc that are parsed (the real doc set's largest: 419,087). */
export const MAX_DOC_CHARS = 2_000_000;

/** The deepest nesting of block quotes and lists that is parsed (the real doc set's: 12). */
export const MAX_NESTING = 100;

/** A line's leading block quote and list markers, with the indentation before each. */
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))+/;
const MARKER = />|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)/g;

/** How deep the line's containers nest at most: its markers, plus its indentation (two columns a list level). */
function nestingOf(line: string): number {
  const prefix = CONTAINER_PREFIX.exec(line)?.[0];
  if (prefix === undefined) return 0;
  let indent = 0;
  while (line.charCodeAt(indent) === 32) indent++;
  return (prefix.match(MARKER)?.length ?? 0) + Math.floor(indent / 2);
}

/** The error for a doc too large or too deeply nested to parse, or undefined. */
export function beyondParseLimits(text: string, file: string): Diagnostic | undefined {
  if (text.length > MAX_DOC_CHARS) {
    const size = `${(text.length / 1_000_000).toFixed(1)} million characters`;
    return createDiagnostic('doc-too-large', `The doc has ${size}: more than doc-codegen parses (${MAX_DOC_CHARS.toLocaleString('en')})`, file, { line: 1, column: 1 });
  }
  let start = 0;
  for (let line = 1; start <= text.length; line++) {
    const end = text.indexOf('\n', start);
    const depth = nestingOf(text.slice(start, end === -1 ? text.length : end));
    if (depth > MAX_NESTING) {
      return createDiagnostic('doc-too-large', `Block quotes or lists nest ${depth} deep here: deeper than doc-codegen parses (${MAX_NESTING})`, file, { line, column: 1 });
    }
    if (end === -1) break;
    start = end + 1;
  }
  return undefined;
}
