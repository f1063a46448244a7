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
import type { Code, Heading, List, ListItem, Paragraph, RootContent } from 'mdast';
import { BLOCK_HTML, LONG_HTML, TAG_LINE } from '../scan/html-starts.js';
import { lineStarts, pointsOf, type Shift } from './positions.js';
import { lengthBeforeSpaces, readInline } from './simple-inline.js';
import { lineSpan, readTable, type Lines } from './simple-table.js';

export interface SimpleRead {
  /** The blocks read, positioned in the whole text. */
  nodes: RootContent[];
  /** How many lines they take (blank lines after them included): remark reads on from there. */
  lines: number;
  /** How many lines the text has. */
  total: number;
  /** The line the reader stopped at, if it did not read them all. */
  stop?: string;
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
/** Of those, starts that are a paragraph's for certain: code (no fence) and strong text (no list item or break). */
const PLAIN_AFTER_ALL = /^(?:`{1,2}[^`]|\*\*[^\s*])/;
/** A thematic break of one mark repeated (`- - -` and the like are remark's to read). */
const THEMATIC_BREAK = /^(?:-{3,}|\*{3,}|_{3,}) *$/;
/** A thematic break of any form: it is no list item. */
const ANY_THEMATIC_BREAK = /^(?:(?:- *){3,}|(?:\* *){3,}|(?:_ *){3,})$/;

/**
 * The blocks `text` starts with, as far as they are of the simple shapes; `shift` says where
 * `text` stands in the whole, `references` whether the doc may define link references.
 */
export function readSimpleBlocks(text: string, shift: Shift, references = false): SimpleRead {
  const lines = text.split('\n');
  // A byte order mark or a carriage return changes offsets or line ends, and front matter (on the doc's first line) is remark's.
  if (text.charCodeAt(0) === 0xfeff || text.includes('\r') || (shift.lines === 0 && /^(?:---|\+\+\+)/.test(text))) {
    return { nodes: [], lines: 0, total: lines.length, stop: lines[0] };
  }
  const starts = lineStarts(text);
  return readBlocks({ text, lines, starts, at: pointsOf(starts, shift), references });
}

/** The blocks of `source`, from its first line on, as far as they are simple. */
function readBlocks(source: Lines): SimpleRead {
  const nodes: RootContent[] = [];
  let line = 0;
  while (line < source.lines.length) {
    if (BLANK.test(source.lines[line] ?? '')) {
      line++;
      continue;
    }
    const block = blockAt(source, line);
    if (!block) return { nodes, lines: line, total: source.lines.length, stop: source.lines[line] };
    nodes.push(block.node);
    line = block.next;
  }
  return { nodes, lines: line, total: source.lines.length };
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
  if (THEMATIC_BREAK.test(text)) return { node: { type: 'thematicBreak', position: lineSpan(source, line) }, next: line + 1 };
  if (text.startsWith('- ')) return listAt(source, line);
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
  const children = readInline(source, start + Math.min(marks.length, length), start + length);
  if (!children) return undefined;
  const node: Heading = { type: 'heading', depth, children, position: lineSpan(source, line) };
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
  const lang = words.split(' ', 1)[0] ?? '';
  const meta = words.slice(lang.length).replace(/^ +/, '');
  const node: Code = {
    type: 'code',
    lang: lang || null,
    meta: meta || null,
    value: source.lines.slice(line + 1, close).join('\n'),
    position: { start: lineSpan(source, line).start, end: lineSpan(source, close).end },
  };
  return { node, next: close + 1 };
}

/** A paragraph of plain lines, ended by a blank line, a heading or a fence. */
function paragraphAt(source: Lines, line: number): Block | undefined {
  const first = source.lines[line] ?? '';
  if (!plainStart(first) && !(first.startsWith('<') && mayStartParagraph(first))) return undefined;
  let end = line + 1;
  // A list item interrupts a paragraph too (and starts a list, or an item of the one around it).
  for (; !interrupts(source.lines[end]) && !isItem(source.lines[end] ?? ''); end++) {
    if (!plainStart(source.lines[end] ?? '') || DELIMITER_ROW.test(source.lines[end] ?? '')) return undefined;
  }
  if (source.inItem && end > line + 1) return undefined;
  // Spaces before a line end are taken off or make a hard break: the parser's to read.
  for (let index = line; index < end - 1; index++) if ((source.lines[index] ?? '').endsWith(' ')) return undefined;
  const from = source.starts[line] ?? 0;
  // A paragraph may start with a link reference definition (which the docs read here define nowhere else).
  if (first.startsWith('[') && source.lines.slice(line, end).some((text) => text.includes(']:'))) return undefined;
  // The paragraph runs to its last line's end; its text stops before the spaces there.
  const children = readInline(source, from, (source.starts[end - 1] ?? 0) + lengthBeforeSpaces(source.lines[end - 1] ?? ''));
  if (!children) return undefined;
  const node: Paragraph = { type: 'paragraph', children, position: { start: source.at(from), end: lineSpan(source, end - 1).end } };
  return { node, next: end };
}

/** Whether a line starts, or goes on with, a paragraph's text for certain (what is not `<`). */
function plainStart(text: string): boolean {
  return !NOT_PLAIN.test(text) || PLAIN_AFTER_ALL.test(text);
}

/** Whether a line starting with `<` starts a paragraph: not an HTML block of any kind. */
function mayStartParagraph(text: string): boolean {
  return !LONG_HTML.test(text) && !BLOCK_HTML.test(text) && !TAG_LINE.test(text);
}

/** A list item's first line: `- ` and its text (which is no thematic break), read from column 2. */
const ITEM = /^- [^ ]/;

function isItem(text: string): boolean {
  return ITEM.test(text) && !ANY_THEMATIC_BREAK.test(text);
}

/**
 * A bullet list of `- ` items whose lines go on at column 2 (blank lines between them aside):
 * each item's lines, less those two columns, are read as blocks of their own. It ends before
 * a line at column 0 that starts no item, after a blank line or at a heading or fence (a line
 * of text right after it could be a lazy continuation).
 */
function listAt(source: Lines, line: number): Block | undefined {
  const items: ListItem[] = [];
  let first = line;
  let end = line;
  for (;;) {
    if (!isItem(source.lines[first] ?? '')) return undefined;
    let next = first + 1;
    while (next < source.lines.length && (BLANK.test(source.lines[next] ?? '') || source.lines[next]?.startsWith('  '))) next++;
    end = next;
    while (BLANK.test(source.lines[end - 1] ?? '')) end--;
    const item = itemOf(source, first, end);
    if (!item) return undefined;
    items.push(item);
    const after = source.lines[next];
    if (after === undefined || !after.startsWith('- ')) {
      // What follows must start afresh: a line at column 0 (not white space with a tab), after a blank line or interrupting.
      if (after !== undefined && (!/^[^ \t]/.test(after) || (next === end && !interrupts(after)))) return undefined;
      break;
    }
    first = next;
  }
  const last = items.at(-1);
  const node: List = { type: 'list', ordered: false, start: null, spread: spreadOf(items), children: items };
  node.position = { start: { ...(items[0]?.position?.start ?? source.at(0)) }, end: { ...(last?.position?.end ?? source.at(0)) } };
  return { node, next: end };
}

/** Item lines `first` to before `end`, read without their first two columns; undefined unless they all read simply. */
function itemOf(source: Lines, first: number, end: number): ListItem | undefined {
  const lines = source.lines.slice(first, end).map((text) => text.slice(2));
  const text = lines.join('\n');
  const starts = lineStarts(text);
  const inItem = pointsOf(starts);
  const at = (offset: number) => {
    const point = inItem(offset);
    return source.at((source.starts[first + point.line - 1] ?? 0) + point.column + 1);
  };
  const read = readBlocks({ text, lines, starts, at, references: source.references, inItem: true });
  if (read.lines < lines.length || read.nodes.length === 0) return undefined;
  const children = read.nodes as ListItem['children'];
  const position = { start: source.at(source.starts[first] ?? 0), end: { ...(children.at(-1)?.position?.end ?? at(0)) } };
  return { type: 'listItem', spread: spreadOf(children), checked: null, children, position };
}

/** Whether blank lines stand between any two of `nodes`. */
function spreadOf(nodes: readonly RootContent[]): boolean {
  return nodes.some((node, index) => index > 0 && (node.position?.start.line ?? 0) > (nodes[index - 1]?.position?.end.line ?? 0) + 1);
}
