// Most of what a reference doc keeps around its definitions is a few block shapes at column 0:
// ATX headings, fenced code, GFM tables and paragraphs of plain lines. micromark spends about
// as much on them as on any text (its event list grows with each character), so they are read
// here directly, exactly as remark reads them, and remark gets the rest: the reader stops at
// the first block it is not certain of, and the caller parses from there. Every block it
// reads is closed at the root when the next one starts, so what follows parses alone as it
// does after it.
//
// Only from a line where the parser starts afresh (a hard boundary: parse/pieces.ts); in a doc
// that may define link references, brackets that start no inline link stop it (simple-inline.ts).
import type { Code, Heading, Paragraph, RootContent } from 'mdast';
import { BLOCK_HTML, LONG_HTML, TAG_LINE } from '../scan/html-starts.js';
import { lineStarts, pointsOf, type Shift } from './positions.js';
import { lengthBeforeSpaces, readInline } from './simple-inline.js';
import { readTable, type Lines } from './simple-table.js';

export interface SimpleRead {
  /** The blocks read, positioned in the whole text. */
  nodes: RootContent[];
  /** How many lines they take (blank lines after them included): remark reads on from there. */
  lines: number;
}

const BLANK = /^ *$/;
const ATX = /^(#{1,6})(?: +|$)/;
const FENCE_OPEN = /^(`{3,})([^`]*)$/;
const FENCE_CLOSE = /^ {0,3}(`{3,}) *$/;
/** Controls a code block keeps as they are only under conditions the reader does not check. */
const CONTROL = /[\x00-\x09\x0b-\x1f]/;
/** A line that may be a table's delimiter row, which makes the line before it a table's header. */
const DELIMITER_ROW = /^[|:\-\s]+$/;
/** Starts of lines that may begin or end a block other than a paragraph, or continue one lazily. */
const NOT_PLAIN = /^(?:[ \t>*+\-=_#`~|<]|\d{1,9}[.)])/;

/**
 * The blocks `text` starts with, as far as they are of the simple shapes; `shift` says where
 * `text` stands in the whole, `references` whether the doc may define link references.
 */
export function readSimpleBlocks(text: string, shift: Shift, references = false): SimpleRead {
  // A byte order mark or a carriage return changes offsets or line ends: remark's to read.
  if (text.charCodeAt(0) === 0xfeff || text.includes('\r')) return { nodes: [], lines: 0 };
  const starts = lineStarts(text);
  const source: Lines = { text, lines: text.split('\n'), starts, at: pointsOf(starts, shift), references };
  const nodes: RootContent[] = [];
  let line = 0;
  while (line < source.lines.length) {
    if (BLANK.test(source.lines[line] ?? '')) {
      line++;
      continue;
    }
    const block = blockAt(source, line);
    if (!block) break;
    nodes.push(block.node);
    line = block.next;
  }
  return { nodes, lines: line };
}

interface Block {
  node: RootContent;
  /** The line after it. */
  next: number;
}

function blockAt(source: Lines, line: number): Block | undefined {
  const text = source.lines[line] ?? '';
  if (text.startsWith('|')) return tableAt(source, line);
  if (ATX.test(text)) return headingAt(source, line);
  if (FENCE_OPEN.test(text)) return codeAt(source, line);
  return paragraphAt(source, line);
}

/** Whether `text` ends a table or a paragraph for certain: blank, or a heading or fence (which interrupt both). */
function interrupts(text: string | undefined): boolean {
  return text === undefined || BLANK.test(text) || ATX.test(text) || FENCE_OPEN.test(text);
}

function tableAt(source: Lines, line: number): Block | undefined {
  let end = line + 1;
  while (source.lines[end]?.startsWith('|')) end++;
  // A fence does not interrupt a table: only a blank line or a heading ends one for certain here.
  const after = source.lines[end];
  if (!(after === undefined || BLANK.test(after) || ATX.test(after))) return undefined;
  const node = readTable(source, line, end);
  return node && { node, next: end };
}

function headingAt(source: Lines, line: number): Block | undefined {
  const text = source.lines[line] ?? '';
  const marks = ATX.exec(text)?.[0] ?? '';
  const depth = marks.replace(/ +$/, '').length as Heading['depth'];
  const start = source.starts[line] ?? 0;
  const length = lengthBeforeSpaces(text);
  // A closing sequence of `#` is the parser's to take off.
  if (length > depth && text[length - 1] === '#') return undefined;
  const from = start + Math.min(marks.length, length);
  const children = readInline(source, from, start + Math.max(length, from - start));
  if (!children) return undefined;
  const node: Heading = { type: 'heading', depth, children, position: { start: source.at(start), end: source.at(start + text.length) } };
  return { node, next: line + 1 };
}

function codeAt(source: Lines, line: number): Block | undefined {
  const [, fence = '', info = ''] = FENCE_OPEN.exec(source.lines[line] ?? '') ?? [];
  // Escapes and character references in the info string are decoded by the parser.
  if (/[\\&]/.test(info) || CONTROL.test(info)) return undefined;
  let close = line + 1;
  for (; close < source.lines.length; close++) {
    const text = source.lines[close] ?? '';
    if ((FENCE_CLOSE.exec(text)?.[1]?.length ?? 0) >= fence.length) break;
    if (CONTROL.test(text)) return undefined;
  }
  if (close === source.lines.length) return undefined;
  const words = info.replace(/^ +/, '');
  const [lang = '', ...rest] = words.split(' ');
  const meta = words.slice(lang.length).replace(/^ +/, '');
  const closeEnd = (source.starts[close] ?? 0) + (source.lines[close] ?? '').length;
  const node: Code = {
    type: 'code',
    lang: lang || null,
    meta: rest.length > 0 && meta ? meta : null,
    value: source.lines.slice(line + 1, close).join('\n'),
    position: { start: source.at(source.starts[line] ?? 0), end: source.at(closeEnd) },
  };
  return { node, next: close + 1 };
}

/** A paragraph of plain lines, ended by a blank line, a heading or a fence. */
function paragraphAt(source: Lines, line: number): Block | undefined {
  const first = source.lines[line] ?? '';
  if (NOT_PLAIN.test(first) && !(first.startsWith('<') && mayStartParagraph(first))) return undefined;
  let end = line + 1;
  for (; !interrupts(source.lines[end]); end++) if (NOT_PLAIN.test(source.lines[end] ?? '') || DELIMITER_ROW.test(source.lines[end] ?? '')) return undefined;
  // Spaces before a line end are taken off or make a hard break: the parser's to read.
  for (let index = line; index < end - 1; index++) if ((source.lines[index] ?? '').endsWith(' ')) return undefined;
  const from = source.starts[line] ?? 0;
  // A paragraph may start with a link reference definition (which the docs read here define nowhere else).
  if (first.startsWith('[') && source.lines.slice(line, end).some((text) => text.includes(']:'))) return undefined;
  const last = source.lines[end - 1] ?? '';
  const lastStart = source.starts[end - 1] ?? 0;
  // The paragraph runs to its line's end; its text stops before the spaces there.
  const children = readInline(source, from, lastStart + lengthBeforeSpaces(last));
  if (!children) return undefined;
  const node: Paragraph = { type: 'paragraph', children, position: { start: source.at(from), end: source.at(lastStart + last.length) } };
  return { node, next: end };
}

/** Whether a line starting with `<` starts a paragraph: not an HTML block of any kind. */
function mayStartParagraph(text: string): boolean {
  return !LONG_HTML.test(text) && !BLOCK_HTML.test(text) && !TAG_LINE.test(text);
}
