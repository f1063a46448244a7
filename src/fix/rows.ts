// A GFM table row as the doc writes it, cell by cell with each cell's place in the line, so
// that a fix rewrites one cell and leaves every other byte of the line as it was, and a new
// row copies its neighbour's indentation, pipes and padding.
import { endsWithPipe, tableLinePrefix } from '../infer/lines.js';

export interface RowCell {
  /** Offsets in the line: the cell's text between its pipes, padding included. */
  start: number;
  end: number;
  /** The text without its padding. */
  text: string;
}

export interface RowLine {
  /** What comes before the table in this line: indentation, quote and list markers. */
  prefix: string;
  cells: RowCell[];
  leadingPipe: boolean;
  trailingPipe: boolean;
}

/** The line's cells: split at each pipe that is not escaped (`\|`), as GFM does, code spans included. */
export function splitRow(line: string): RowLine {
  const prefix = tableLinePrefix(line);
  let body = line.slice(prefix.length);
  const trimmedEnd = body.replace(/[ \t]+$/, '');
  const leadingPipe = body.startsWith('|');
  // A lone `|` is the leading pipe, not a closing one.
  const trailingPipe = endsWithPipe(trimmedEnd) && trimmedEnd.length > 1;
  body = trimmedEnd;
  const cells: RowCell[] = [];
  let start = prefix.length + (leadingPipe ? 1 : 0);
  const end = prefix.length + body.length - (trailingPipe ? 1 : 0);
  for (let index = start; index <= end; index++) {
    if (index < end && !(line[index] === '|' && line[index - 1] !== '\\')) continue;
    cells.push({ start, end: index, text: line.slice(start, index).trim() });
    start = index + 1;
  }
  return { prefix, cells, leadingPipe, trailingPipe };
}

/** The line with cell `index`'s text replaced, its padding kept. */
export function replaceCell(line: string, row: RowLine, index: number, text: string): string {
  const cell = row.cells[index];
  if (!cell) return line;
  const raw = line.slice(cell.start, cell.end);
  const before = /^\s*/.exec(raw)?.[0] ?? '';
  const after = /\s*$/.exec(raw)?.[0] ?? '';
  return line.slice(0, cell.start) + before + text + after + line.slice(cell.end);
}

/** A new row in the form of `template` (its prefix, pipes and the padding of its first cell), with `texts` for cells. */
export function rowLike(template: string, row: RowLine, texts: readonly string[]): string {
  const first = row.cells[0] ? template.slice(row.cells[0].start, row.cells[0].end) : ' x ';
  const left = /^\s*/.exec(first)?.[0] ?? ' ';
  const right = /\s*$/.exec(first)?.[0] ?? ' ';
  const cells = texts.map((text) => `${left}${text}${right}`);
  return `${row.prefix}${row.leadingPipe ? '|' : ''}${cells.join('|')}${row.trailingPipe ? '|' : ''}`;
}

/** Text made safe for one cell: no line breaks, pipes escaped. */
export function cellText(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
}
