// A table's lines as cell texts, without a Markdown parser: for the prescan, and for a table
// GFM did not take (its delimiter row is malformed), which remark leaves as a paragraph. Both
// ask tableVerdictAt, so the fast path and a full parse report the same tables.
import { marksNonDefinition, SECTION_NUMBER, type ColumnSynonyms } from './headers.js';
import { inferTable } from './table.js';
import type { TableContext } from './types.js';

/** A line that starts a list item, at any indent. */
const LIST_ITEM_LINE = /^[ \t>]*(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
/** Indentation, quote and list markers before a table row (`> `, `- `, `1. `), never a first cell's digits (`502 | …`). */
const TABLE_LINE_PREFIX = /^[ \t]*(?:(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]*)*/;

/** What stands before a table line's own text: its indentation and container markers. */
export function tableLinePrefix(line: string): string {
  return TABLE_LINE_PREFIX.exec(line)?.[0] ?? '';
}

/** Whether a table line's text ends with a closing pipe (an escaped `\|` is a cell's text). */
export function endsWithPipe(text: string): boolean {
  return text.endsWith('|') && !text.endsWith('\\|');
}

/** A table line's cells as plain text: markers, links, code marks, emphasis and HTML out, `<br>` as a line break. */
export function tableLineCells(line: string): string[] {
  return line
    .replace(TABLE_LINE_PREFIX, '')
    .replace(/^\||\|\s*$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) =>
      cell
        .replace(/<br\s*\/?>/gi, '\n')
        .replace(/<[^>]*>/g, '')
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\\(.)/g, '$1')
        .replace(/[*`]|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, '')
        .trim(),
    );
}

/**
 * A GFM delimiter row (`| --- | :-: |`), after list or quote markers. Written so that no two
 * neighbouring parts can match the same characters (a list marker's `-` needs a space after
 * it; spaces sit on one side of each pipe): the test is linear in the line, where a looser
 * pattern took seconds on a line of thousands of spaces.
 */
export const DELIMITER_ROW = /^(?:[ \t>*+\d.]|-(?=[ \t]))*(?:\|[ \t]*)?:?-+:?(?:[ \t]*\|[ \t]*:?-+:?)*[ \t]*(?:\|[ \t]*)?$/;
/** A line of dashes, colons, pipes and spaces with a run of three dashes: a delimiter row, or meant as one (`|---- ----|`). */
const DASH_ROW = /^[ \t>]*(?:\|[ \t]*)?:?-{3}[-: \t|]*$/;

/**
 * Whether the line at `index` is meant as a delimiter row under a table header but GFM does
 * not take it: malformed (`|---- ----|`), or not as many cells as the header. remark then
 * reads the table as a paragraph.
 */
export function isMalformedDelimiterRow(lines: readonly string[], index: number): boolean {
  const line = lines[index] ?? '';
  const header = lines[index - 1] ?? '';
  if (!header.includes('|') || !DASH_ROW.test(line)) return false;
  return !DELIMITER_ROW.test(line) || tableLineCells(line).length !== tableLineCells(header).length;
}

/**
 * Whether the table whose delimiter row is at `index` may be a definition, or is one a warning
 * must name, by its content (infer/table.ts), read from its lines: the header above, the body
 * rows below, the heading above it for context. A scan cannot tell for sure where GFM ends a
 * table (at the first line without a pipe, or only at a blank line or another block), so both
 * readings are asked: the scan may let a doc through, never keep one out.
 */
export function mayBeDefinitionAt(lines: readonly string[], index: number, synonyms: ColumnSynonyms): boolean {
  const headers = tableLineCells(lines[index - 1] ?? '');
  // One column is no definition (a key and a text, or a name and a value); a changelog or
  // parameter header makes it none whatever its rows (verdict.ts): most tables of reference docs.
  if (headers.length < 2 || headers.some(marksNonDefinition)) return false;
  const context = headingAbove(lines, index - 1);
  // Where each reading ends; the rows are split into cells once, for the longest.
  const ends = [rowsEnd(lines, index, 'pipe'), rowsEnd(lines, index, 'block'), rowsEnd(lines, index, 'container'), rowsEnd(lines, index, 'item')];
  const rows = lines.slice(index + 1, Math.max(...ends)).map(tableLineCells);
  return [...new Set(ends)].some((end) => {
    const { verdict } = inferTable(headers, rows.slice(0, end - index - 1), synonyms, context);
    return verdict.read || verdict.level === 'warning';
  });
}

/**
 * Where the body rows under the delimiter row at `index` end (the first line after them), at:
 * a line without a pipe (`pipe`); a blank line or the start of another block (`block`); that,
 * or a list item, at whatever indent (`item`: a table in a list item ends at the next item,
 * found by fuzzing); or, besides a line without a pipe, one whose quote or list indent
 * differs from the header's, which ends the container (`container`).
 */
function rowsEnd(lines: readonly string[], index: number, end: 'pipe' | 'block' | 'item' | 'container'): number {
  const prefix = (line: string): string => /^[ \t>]*/.exec(line)?.[0] ?? '';
  const headerPrefix = end === 'container' ? prefix(lines[index - 1] ?? '') : '';
  let row = index + 1;
  for (; row < lines.length; row++) {
    const text = lines[row] ?? '';
    if (/^[ \t]*$/.test(text)) break;
    if (end === 'block' || end === 'item') {
      if (/^ {0,3}(?:#|>|```|~~~)/.test(text) || (end === 'item' && LIST_ITEM_LINE.test(text))) break;
    } else if (!text.includes('|') || (end === 'container' && prefix(text) !== headerPrefix)) break;
  }
  return row;
}

const ATX_HEADING = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
/** A heading inside a quote or list item, which the scan does not follow: the context is then unknown. */
const NESTED_HEADING = /^[ \t]*(?:>[ \t]*|(?:[-+*]|\d{1,9}[.)])[ \t]+)+#{1,6}(?:[ \t]|$)/;

/**
 * The nearest heading above `line` (ATX, or setext: the line over an underline), its numbering
 * and marks left out. Whether the table comes first under it is left unknown (a line scan
 * cannot tell a table or list from paragraph text for sure), and so is the heading when none is
 * found: the verdict is then as wide as can be.
 */
export function headingAbove(lines: readonly string[], line: number): TableContext {
  for (let index = line - 1; index >= 0; index--) {
    const text = lines[index] ?? '';
    if (NESTED_HEADING.test(text)) return {};
    const atx = ATX_HEADING.exec(text);
    const above = lines[index - 1] ?? '';
    const setext = SETEXT_UNDERLINE.test(text) && above.trim() !== '' && !above.includes('|') ? above : undefined;
    if (atx || setext !== undefined) {
      const name = (atx ? (atx[1] ?? '') : (setext ?? '')).replace(/<[^>]*>/g, '').replace(/[*`\\]/g, '').trim();
      return { heading: name.replace(SECTION_NUMBER, '') };
    }
  }
  return {};
}
