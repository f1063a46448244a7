// Inline content read without micromark, for the shapes reference docs are mostly made of:
// text, code spans, HTML tags without line ends, links written `[text](destination)`, and
// strong text of plain words (`**so**`, white space around it). Anything else that could
// start a construct (escapes, character references, other emphasis, images, other
// brackets, autolinks, comments) makes the reader give up, and the caller
// hands the block to remark. What it does read is exactly what remark reads (the proofs:
// test/unit/simple-blocks.test.ts and the fuzz property).
//
// In a doc that defines no link reference (scan/slice.ts), `[x]` alone is text; in one that
// may, a bracket that starts no such link makes the reader give up (it may be a reference).
import type { PhrasingContent } from 'mdast';
import type { Point } from './positions.js';

/** An open tag (attributes included) or a closing tag, on one line: CommonMark's raw HTML, less comments and declarations. */
const TAG =
  /<(?:[A-Za-z][A-Za-z0-9-]*(?: +[A-Za-z_:][A-Za-z0-9_.:-]*(?: *= *(?:[^ "'=<>`\x00-\x1f]+|'[^'\x00-\x1f]*'|"[^"\x00-\x1f]*"))?)* *\/?|\/[A-Za-z][A-Za-z0-9-]* *)>/y;
/** After `<`, what may start a tag, comment, declaration, instruction or autolink: the reader does not guess. */
const MAY_BE_MARKUP = /[A-Za-z/!?]/;
/** A link with plain text and a destination of no spaces, brackets, quotes or markup. */
const LINK = /\[([^[\]`<>\\&*_!\x00-\x1f]*)\]\(([^\s()<>\\`&'"\x00-\x1f]*)\)/y;
/** The characters the reader looks at (controls but the line end, and ` < [ ! _ \\ & *); the rest is text. */
const SPECIAL = new Uint8Array(128);
for (let code = 0; code < 0x20; code++) SPECIAL[code] = code === 0x0a ? 0 : 1;
for (const char of '`<[!_\\&*') SPECIAL[char.charCodeAt(0)] = 1;
const isSpecial = (code: number): boolean => code < 128 && SPECIAL[code] === 1;
/** Neighbours between which `_` can neither open nor close emphasis (letters and digits, as micromark classes them "other"). */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The text read, the point of an offset into it, and whether its doc may define link references. */
export interface InlineSource {
  text: string;
  at: (offset: number) => Point;
  references: boolean;
}

/**
 * The inline nodes of `source.text` from `from` to `to`, or undefined when it holds anything
 * this reader does not read for certain.
 */
export function readInline(source: InlineSource, from: number, to: number): PhrasingContent[] | undefined {
  const { text, at } = source;
  const nodes: PhrasingContent[] = [];
  let textStart = from;
  const push = (node: PhrasingContent, start: number, end: number): void => {
    if (textStart < start) nodes.push({ type: 'text', value: text.slice(textStart, start), position: { start: at(textStart), end: at(start) } });
    node.position = { start: at(start), end: at(end) };
    nodes.push(node);
    textStart = end;
  };
  let index = from;
  for (;;) {
    while (index < to && !isSpecial(text.charCodeAt(index))) index++;
    if (index >= to) break;
    const next = inlineAt(source, index, from, to);
    if (next === undefined) return undefined;
    if (typeof next === 'number') {
      index = next;
      continue;
    }
    push(next.node, index, next.end);
    index = next.end;
  }
  if (textStart < to) nodes.push({ type: 'text', value: text.slice(textStart, to), position: { start: at(textStart), end: at(to) } });
  return nodes;
}

/** The length of `text` without the spaces it ends with (spaces only: other white space is text to the parser). */
export function lengthBeforeSpaces(text: string): number {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x20) end--;
  return end;
}

type Step = number | { node: PhrasingContent; end: number } | undefined;

/** What starts at `index`: a node and its end, or the offset reading goes on from (text), or undefined (give up). */
function inlineAt(source: InlineSource, index: number, from: number, to: number): Step {
  const { text } = source;
  const char = text.charCodeAt(index);
  switch (char) {
    case 0x60: // `
      return codeSpanAt(text, index, to);
    case 0x3c: // <
      return tagAt(text, index, to);
    case 0x5b: // [
      return linkAt(source, index, to);
    case 0x21: // !
      return text[index + 1] === '[' ? undefined : index + 1;
    case 0x5f: // _
      return index > from && WORD_CHAR.test(text[index - 1] ?? '') && index + 1 < to && WORD_CHAR.test(text[index + 1] ?? '') ? index + 1 : undefined;
    case 0x2a: // *
      return strongAt(source, index, from, to);
    case 0x5c: // \
    case 0x26: // &
      return undefined;
    default:
      // The other characters looked at are controls (tabs, carriage returns, NUL): they change columns or text, remark's to read.
      return undefined;
  }
}

/** A code span from the backtick run at `index`, or the run as text when no run of its length closes it. */
function codeSpanAt(text: string, index: number, to: number): Step {
  let open = index;
  while (open < to && text[open] === '`') open++;
  const size = open - index;
  for (let look = text.indexOf('`', open); look !== -1 && look < to; look = text.indexOf('`', look)) {
    let end = look;
    while (end < to && text[end] === '`') end++;
    if (end - look === size) {
      const content = text.slice(open, look);
      // Line ends become spaces, and NUL a replacement character: the parser's to read.
      if (/[\x00-\x1f]/.test(content)) return undefined;
      // One space is taken off each side when both have one and the rest is not all spaces.
      const padded = content.length >= 2 && content[0] === ' ' && content.at(-1) === ' ' && !/^ *$/.test(content);
      return { node: { type: 'inlineCode', value: padded ? content.slice(1, -1) : content }, end };
    }
    look = end;
  }
  return open;
}

function tagAt(text: string, index: number, to: number): Step {
  TAG.lastIndex = index;
  const match = TAG.exec(text);
  if (match && index + match[0].length <= to) return { node: { type: 'html', value: match[0] }, end: index + match[0].length };
  return MAY_BE_MARKUP.test(text[index + 1] ?? '') ? undefined : index + 1;
}

/** Strong text of plain words with white space (or the content's edge) around it, `**so**`: the only emphasis read. */
const STRONG = /\*\*([^\s*_`<>[\]!\\&\x00-\x1f](?:[^*_`<>[\]!\\&\x00-\x1f]*[^\s*_`<>[\]!\\&\x00-\x1f])?)\*\*/y;
const WHITE = /\s/;

function strongAt({ text, at }: InlineSource, index: number, from: number, to: number): Step {
  STRONG.lastIndex = index;
  const match = STRONG.exec(text);
  const end = index + (match?.[0].length ?? 0);
  // White space (or nothing) before and after: the runs can only open and close, whatever is inside.
  if (!match || end > to || (index > from && !WHITE.test(text[index - 1] ?? '')) || (end < to && !WHITE.test(text[end] ?? ''))) return undefined;
  const value = match[1] ?? '';
  return { node: { type: 'strong', children: [{ type: 'text', value, position: { start: at(index + 2), end: at(end - 2) } }] }, end };
}

function linkAt({ text, at, references }: InlineSource, index: number, to: number): Step {
  LINK.lastIndex = index;
  const match = LINK.exec(text);
  // With no reference defined, a bracket no `](` follows is text.
  if (!match || index + match[0].length > to) return references || text.slice(index, to).includes('](') ? undefined : index + 1;
  const label = match[1] ?? '';
  const link: PhrasingContent = { type: 'link', title: null, url: match[2] ?? '', children: [] };
  if (label) link.children.push({ type: 'text', value: label, position: { start: at(index + 1), end: at(index + 1 + label.length) } });
  return { node: link, end: index + match[0].length };
}
