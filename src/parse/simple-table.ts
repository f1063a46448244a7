// A GFM table read without micromark: the pipes split each row (inside code spans too, as
// GFM does), and each cell's content is read by simple-inline.ts. A row that reader gives up
// on is parsed by remark under the table's header and delimiter row (a row parses alone, given
// those), so one link with a title does not send the whole table to remark.
import type { PhrasingContent, Table, TableCell, TableRow } from 'mdast';
import { mapPoints, type Position } from './positions.js';
import { parseMarkdown } from './processor.js';
import { lengthBeforeSpaces, readInline, type InlineSource } from './simple-inline.js';

/** A piece's text and lines, where each starts in it, and the point (in the whole text) of an offset into it. */
export interface Lines extends InlineSource {
  lines: readonly string[];
  starts: readonly number[];
  /**
   * In a list item, where text that ends with a line end ends before or after the next line's
   * indentation depending on what follows: its paragraphs are read only when one line long.
   */
  inItem?: boolean;
}

/** Where line `line` stands, its spaces at the end included. */
export function lineSpan(lines: Lines, line: number): Position {
  const start = lines.starts[line] ?? 0;
  return { start: lines.at(start), end: lines.at(start + (lines.lines[line] ?? '').length) };
}

/** A delimiter cell: dashes, a colon on either side for the alignment. */
const DELIMITER_CELL = /^ *(:?)-+(:?) *$/;

/** The pipes of a row, at offsets into the row, or undefined when one may be escaped. */
function pipesOf(row: string): number[] | undefined {
  if (row.includes('\\')) return undefined;
  const pipes: number[] = [];
  for (let at = row.indexOf('|'); at !== -1; at = row.indexOf('|', at + 1)) pipes.push(at);
  return pipes;
}

/** Whether the row ends with a pipe (spaces after it aside): then its last cell ends with it. */
function closed(row: string, pipes: readonly number[]): boolean {
  return pipes.length > 1 && lengthBeforeSpaces(row) === (pipes.at(-1) ?? 0) + 1;
}

/** The table starting at line `first` (a row starting with `|`), up to the line before `end`; undefined when remark must read it. */
export function readTable(lines: Lines, first: number, end: number): Table | undefined {
  const align = alignOf(lines.lines[first + 1] ?? '');
  const headerRow = align && readRow(lines, first);
  if (!align || !headerRow || headerRow.children.length !== align.length) return undefined;
  const rows: TableRow[] = [headerRow];
  for (let line = first + 2; line < end; line++) {
    // Parsed alone, a row would not see the references the doc may define.
    const row = readRow(lines, line) ?? (lines.references ? undefined : rowByRemark(lines, first, line));
    if (!row) return undefined;
    rows.push(row);
  }
  // The table ends with its last line: the delimiter row, when it has no body rows.
  const position = { start: lineSpan(lines, first).start, end: lineSpan(lines, end - 1).end };
  return { type: 'table', align, children: rows, position };
}

/** The alignments of a delimiter row, or undefined when it is none. */
function alignOf(row: string): Table['align'] | undefined {
  const pipes = pipesOf(row);
  if (!row.startsWith('|') || !pipes) return undefined;
  const cells = row.split('|').slice(1, closed(row, pipes) ? -1 : undefined);
  const align: Table['align'] = [];
  for (const cell of cells) {
    const match = DELIMITER_CELL.exec(cell);
    if (!match) return undefined;
    const [, left, right] = match;
    align.push(left && right ? 'center' : left ? 'left' : right ? 'right' : null);
  }
  return align.length > 0 ? align : undefined;
}

/** A row whose cells all read simply, or undefined. The row and its last cell run to the line's end, spaces included. */
function readRow(lines: Lines, line: number): TableRow | undefined {
  const row = lines.lines[line] ?? '';
  const pipes = pipesOf(row);
  // A lone pipe is no header cell, though a body row of one: remark's to read.
  if (!pipes || pipes[0] !== 0 || lengthBeforeSpaces(row) === 1) return undefined;
  const start = lines.starts[line] ?? 0;
  const end = start + row.length;
  const count = closed(row, pipes) ? pipes.length - 1 : pipes.length;
  const cells: TableCell[] = [];
  for (let index = 0; index < count; index++) {
    const cellStart = start + (pipes[index] ?? 0);
    const next = pipes[index + 1];
    const children = cellContent(lines, cellStart + 1, next === undefined ? end : start + next);
    if (!children) return undefined;
    const cellEnd = index === count - 1 || next === undefined ? end : start + next;
    cells.push({ type: 'tableCell', children, position: { start: lines.at(cellStart), end: lines.at(cellEnd) } });
  }
  return { type: 'tableRow', children: cells, position: lineSpan(lines, line) };
}

/** A cell's inline nodes: its text between the pipes, spaces trimmed. */
function cellContent(lines: Lines, from: number, to: number): PhrasingContent[] | undefined {
  let start = from;
  let end = to;
  while (start < end && lines.text[start] === ' ') start++;
  while (end > start && lines.text[end - 1] === ' ') end--;
  return readInline(lines, start, end);
}

/** Row `line` as remark parses it under the table's header and delimiter row (from line `first`), placed by `at`. */
function rowByRemark(lines: Lines, first: number, line: number): TableRow | undefined {
  const [header = '', delimiter = ''] = lines.lines.slice(first, first + 2);
  const table = parseMarkdown(`${header}\n${delimiter}\n${lines.lines[line] ?? ''}`).children[0];
  const parsed = table?.type === 'table' ? table.children[1] : undefined;
  if (!parsed) return undefined;
  // The row's offsets there, from where it starts after two lines, are its offsets from its line's start here.
  mapPoints(parsed, ({ offset = 0 }) => lines.at((lines.starts[line] ?? 0) + offset - header.length - delimiter.length - 2));
  return parsed;
}
