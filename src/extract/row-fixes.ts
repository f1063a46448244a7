// The replacements for the two table rules whose fix is mechanical and certain, carried on
// their diagnostics as vfile's `expected` (the editor offers them as quick fixes; `lint --fix`
// writes them): a delimiter row rewritten with one `---` per header cell, and a row with
// fewer cells than the header given the empty cells GFM reads it with anyway.
import type { Diagnostic, Point } from '../diagnostics/diagnostic.js';
import { endsWithPipe, tableLineCells, tableLinePrefix } from '../infer/lines.js';

/** Sets `replacement` as the one text that should stand in the diagnostic's range. */
export function withReplacement(diagnostic: Diagnostic, replacement: string): Diagnostic {
  diagnostic.expected = [replacement];
  return diagnostic;
}

/** The delimiter row under `header`, in its pipe style, and the range of the broken one at `line` (1-based) it replaces. */
export function delimiterRowFix(header: string, broken: string, line: number): { start: Point; end: Point; text: string } {
  const ownHeader = header.slice(tableLinePrefix(header).length).trimEnd();
  const cells = tableLineCells(header).map(() => '---');
  const leading = ownHeader.startsWith('|');
  const trailing = endsWithPipe(ownHeader);
  const text = `${leading ? '| ' : ''}${cells.join(' | ')}${trailing ? ' |' : ''}`;
  const start = tableLinePrefix(broken).length;
  return { start: { line, column: start + 1 }, end: { line, column: broken.trimEnd().length + 1 }, text };
}

/** The row `rowText` (its text from its first to its last cell) with `missing` empty cells added after its last. */
export function paddedRow(rowText: string, missing: number): string {
  const trailing = endsWithPipe(rowText);
  // Without a closing pipe, the last empty cell needs one: `a | b` → `a | b | |`.
  return `${rowText}${' |'.repeat(missing)}${trailing ? '' : ' |'}`;
}
