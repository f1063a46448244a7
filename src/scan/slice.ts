// Parse less: within a doc that can hold a definition, only the parts around its trigger
// lines (scan/prescan.ts) need remark. The other lines are blanked, so every line keeps
// its number and every kept line its columns, and the parse of the kept parts is the parse
// they get in the whole doc. That holds when the blanked and kept parts meet only at "hard
// boundaries", where CommonMark starts afresh at the root; a doc whose block structure a
// line scan cannot follow with certainty is not sliced (the caller parses it whole).
//
// A hard boundary is a line at column 0 after a blank line, outside fenced code, that does
// not start a list item: whatever was open before (paragraph, table, list, quote, HTML
// block of kinds 6 and 7, indented code) is closed there. Fenced code and HTML blocks of
// kinds 1 to 5 reach across blank lines: the scan follows them where it can be sure and
// gives up otherwise. Link reference definitions apply to the whole doc: every part that
// may hold one is kept, so the kept text defines exactly what the whole doc does.
//
// The same boundaries cut the kept text into pieces that are read one by one
// (parse/pieces.ts): each parses alone as it does in the whole. micromark's cost per
// character grows with the text it is given (its event list is spliced as it goes, and lives
// until the tree is built), so a 400 KB doc parses at half the speed of its pieces, and most
// of its garbage outlives the young generation. A doc that may define link references is
// marked so: they reach across pieces, so what remark reads of it is read at once.
import type { ColumnSynonyms } from '../infer/headers.js';
import { frontMatterBlock, hasUnclosedFrontMatter } from '../parse/frontmatter.js';
import { BLOCK_HTML, LONG_HTML, LONG_HTML_END, LONG_HTML_IN_CONTAINER, TAG_LINE } from './html-starts.js';
import { triggerLines, type Trigger } from './prescan.js';

export interface SlicedDoc {
  /** The doc with every line outside the kept parts blank. */
  kept: string;
  /** The other way round: the kept lines blank (its anchors are found by a line scan). */
  blanked: string;
  /** The kept text cut at hard boundaries, each piece parsing alone as it does in the whole; undefined when it must be parsed at once. */
  pieces?: TextPiece[];
  /** Whether the doc may define link references (`[label]: url`), which reach across pieces. */
  references: boolean;
}

/** Lines of a text from a hard boundary (or its start) on: `text` holds them, `line` is the first one's 0-based number. */
export interface TextPiece {
  line: number;
  text: string;
}

interface LineFacts {
  /** A hard boundary starts here. */
  boundary: boolean[];
  /** Depth of a certain ATX heading at column 0, else 0. */
  heading: number[];
  /** Lines that may be (part of) a link reference definition. */
  definitions: number[];
  /** First line after the front matter. */
  bodyStart: number;
}

const BLANK = /^[ \t]*$/;
const LIST_ITEM_START = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;

/**
 * Whether a non-blank line after a blank one starts afresh at the root, whatever was open
 * before (the hard boundary): at column 0, and no list item (which could continue a list).
 */
export function startsAfresh(line: string): boolean {
  return !/^[ \t]/.test(line) && !LIST_ITEM_START.test(line);
}
const ATX_HEADING = /^(#{1,6})(?:[ \t]|$)/;
// `s`: an info string may hold U+2028, which `.` would not match (found by the fuzzer).
const FENCE = /^( *)(`{3,}|~{3,})(.*)$/s;
/** A fence after quote or list markers: its end depends on containers the scan does not follow. */
const FENCE_IN_CONTAINER = /^[ \t]*(?:>[ \t]*|(?:[-+*]|\d{1,9}[.)])[ \t]+)+(?:`{3,}|~{3,})/;
/** A line that may hold or start a link reference definition (`[label]: url`). */
const REFERENCE_DEFINITION = /^[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+)*\[/;

/**
 * The doc cut down to the parts its definitions need (all of it, when each part may be one),
 * and in pieces, or undefined when its block structure is not certain.
 */
export function sliceForDefinitions(text: string, synonyms: ColumnSynonyms): SlicedDoc | undefined {
  // remark reads no list or quote in such a doc: the scan cannot follow it.
  if (hasUnclosedFrontMatter(text)) return undefined;
  const lines = text.split('\n');
  const facts = scanLines(lines, frontMatterBlock(text)?.bodyLine ?? 0);
  if (!facts) return undefined;
  const keep = new Uint8Array(lines.length);
  keep.fill(1, 0, facts.bodyStart);
  for (const trigger of triggerLines(lines, synonyms)) {
    const [from, to] = windowOf(trigger, facts, lines);
    keep.fill(1, from, to);
  }
  const definitions = facts.definitions.filter((line) => mayStartReference(line, facts, lines));
  for (const line of definitions) {
    const [from, to] = partOf(line, facts, lines.length);
    keep.fill(1, from, to);
  }
  const kept = lines.map((line, index) => (keep[index] ? line : ''));
  return {
    kept: kept.join('\n'),
    blanked: lines.map((line, index) => (keep[index] ? '' : line)).join('\n'),
    // remark drops a byte order mark, which moves every offset after it: such a doc is parsed at once.
    ...(text.startsWith('\ufeff') ? {} : { pieces: piecesOf(kept, keep, facts.boundary) }),
    references: definitions.length > 0,
  };
}

/** The kept lines in pieces, each from a hard boundary (or the first kept line) to the last kept line before the next one. */
function piecesOf(kept: readonly string[], keep: Uint8Array, boundary: readonly boolean[]): TextPiece[] {
  const pieces: TextPiece[] = [];
  let first = -1;
  let last = -1;
  const close = (): void => {
    if (first !== -1) pieces.push({ line: first, text: kept.slice(first, last + 1).join('\n') });
  };
  for (let index = 0; index < kept.length; index++) {
    if (!keep[index]) continue;
    if (first === -1 || boundary[index]) {
      close();
      first = index;
    }
    last = index;
  }
  close();
  return pieces;
}

/**
 * The lines a trigger's definition is read from: back to the heading that names it (for an
 * 枚举值 heading, the enclosing one of a lower depth), widened to the hard boundary before
 * it, plus the part before when it may end in an HTML node (a heading takes its anchor from
 * one right before it); and on to the
 * next certain heading, which is kept too. Kept, that heading closes the definition's
 * sections as in the whole doc: anything kept further down belongs to it or to later
 * headings, never to the definition.
 */
function windowOf(trigger: Trigger, facts: LineFacts, lines: readonly string[]): [number, number] {
  const { heading, bodyStart } = facts;
  const lineCount = lines.length;
  /** Whether the last run of lines before `line` has a line starting with `<`: its last node may be HTML. */
  const endsInHtml = (line: number): boolean => {
    let index = line - 1;
    while (index >= bodyStart && BLANK.test(lines[index] ?? '')) index--;
    for (; index >= bodyStart && !BLANK.test(lines[index] ?? ''); index--) if (/^ {0,3}</.test(lines[index] ?? '')) return true;
    return false;
  };
  const depth = heading[trigger.line] ?? 0;
  let from = trigger.line;
  if (trigger.kind === 'enum-values' && depth === 0) {
    // An 枚举值 heading the scan is not sure of could belong to any heading before it.
    from = bodyStart;
  } else {
    const below = trigger.kind === 'enum-values' ? depth : 7;
    do from--;
    while (from > bodyStart && !((heading[from] ?? 0) > 0 && (heading[from] ?? 0) < below));
    from = Math.max(from, bodyStart);
  }
  // Back to the boundary of that part; and the part before when it may end in an HTML node.
  from = partStart(from, facts);
  if (from > bodyStart && endsInHtml(from)) from = partStart(from - 1, facts);
  let to = trigger.line + 1;
  while (to < lineCount && !((heading[to] ?? 0) > 0)) to++;
  return [from, Math.min(to + 1, lineCount)];
}

/** The first line of the part (from one hard boundary to the next) that holds `line`. */
function partStart(line: number, { boundary, bodyStart }: LineFacts): number {
  let from = line;
  while (from > bodyStart && !boundary[from]) from--;
  return from;
}

/**
 * Whether a link reference definition may start at `line` (a REFERENCE_DEFINITION line): its
 * label closes with `]:`, on this line or a later one of its part (a label holds no blank line).
 * Lines like `[name](url) does …` start no definition.
 */
function mayStartReference(line: number, facts: LineFacts, lines: readonly string[]): boolean {
  const [, to] = partOf(line, facts, lines.length);
  for (let index = line; index < to; index++) if ((lines[index] ?? '').includes(']:')) return true;
  return false;
}

/** The part that holds `line`. */
function partOf(line: number, facts: LineFacts, lineCount: number): [number, number] {
  let to = line + 1;
  while (to < lineCount && !facts.boundary[to]) to++;
  return [partStart(line, facts), to];
}

interface OpenFence {
  marker: string;
  length: number;
  indent: number;
}

/** A line in an open fenced code block: it closes it, is code, or leaves the structure uncertain (containers). */
function lineInFence(line: string, fenceMatch: RegExpExecArray | null, fence: OpenFence, blank: boolean): 'closes' | 'code' | 'uncertain' {
  const indent = (/^ */.exec(line)?.[0] ?? '').length;
  const closes = fenceMatch && fenceMatch[2]?.[0] === fence.marker && (fenceMatch[2]?.length ?? 0) >= fence.length && BLANK.test(fenceMatch[3] ?? '');
  // A closing fence at another indent may or may not close it, depending on containers.
  if (closes) return indent === fence.indent ? 'closes' : 'uncertain';
  return !blank && indent < fence.indent ? 'uncertain' : 'code';
}

/** Hard boundaries and certain headings below the front matter (as the parser reads it), or undefined when the block structure is not certain. */
function scanLines(lines: readonly string[], bodyStart: number): LineFacts | undefined {
  const boundary = new Array<boolean>(lines.length).fill(false);
  const heading = new Array<number>(lines.length).fill(0);
  const definitions: number[] = [];
  let fence: OpenFence | undefined;
  /** The end of an open HTML block of kinds 1 to 5. */
  let longHtml: RegExp | undefined;
  /** The current run of non-blank lines may be an HTML block of kind 6 or 7. */
  let htmlRun = false;
  let previousBlank = true;
  for (let index = bodyStart; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const blank = BLANK.test(line);
    if (longHtml) {
      if (longHtml.test(line)) longHtml = undefined;
      previousBlank = false;
      continue;
    }
    const fenceMatch = FENCE.exec(line);
    if (fence) {
      const inside = lineInFence(line, fenceMatch, fence, blank);
      if (inside === 'uncertain') return undefined;
      if (inside === 'closes') {
        fence = undefined;
        htmlRun = false;
      }
      previousBlank = false;
      continue;
    }
    // Tab stops make columns the scan does not count (in code fenced at column 0 they are code).
    if (!blank && /^[ \t]*\t/.test(line)) return undefined;
    if (blank) {
      previousBlank = true;
      htmlRun = false;
      continue;
    }
    if (FENCE_IN_CONTAINER.test(line) || LONG_HTML_IN_CONTAINER.test(line)) return undefined;
    if (previousBlank && startsAfresh(line)) boundary[index] = true;
    previousBlank = false;
    if (REFERENCE_DEFINITION.test(line)) definitions.push(index);
    const html = LONG_HTML.exec(line);
    if (html) {
      const end = LONG_HTML_END[html.slice(1).findIndex((group) => group !== undefined)] ?? />/;
      // Ended on its first line, the block is one line long; else it runs on to its end marker.
      if (!end.test(line.slice(html.index + html[0].length - (html[1] ? 2 : 0)))) longHtml = end;
      htmlRun = true;
      continue;
    }
    if (BLOCK_HTML.test(line) || TAG_LINE.test(line)) htmlRun = true;
    const atx = ATX_HEADING.exec(line);
    // A heading line inside an HTML block is HTML: only certain outside a run that may be one.
    if (atx && !htmlRun) heading[index] = atx[1]?.length ?? 0;
    if (fenceMatch && !(fenceMatch[2]?.startsWith('`') && fenceMatch[3]?.includes('`'))) {
      if (htmlRun) return undefined; // inside an HTML block, a fence line is HTML
      fence = { marker: fenceMatch[2]?.[0] ?? '`', length: fenceMatch[2]?.length ?? 3, indent: fenceMatch[1]?.length ?? 0 };
    }
  }
  return { boundary, heading, definitions, bodyStart };
}
