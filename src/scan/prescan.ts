// A cheap scan of a doc's text, no Markdown parser: whether it can hold a definition at
// all, and the anchors it offers to links. Only docs that can hold a definition need
// remark, the cost of every run (most docs of the real set define nothing).
import { headingSlug } from '../extract/anchors.js';
import type { ColumnSynonyms } from '../infer/headers.js';
import { DELIMITER_ROW, isMalformedDelimiterRow, mayBeDefinitionAt } from '../infer/lines.js';
import { isHtmlCodeTable } from '../extract/html-table.js';
import { ID_ATTRIBUTE } from '../extract/sections.js';
import { ENUM_DECLARATION_START } from '../extract/declared-enum.js';

// Wider than the recognizers on purpose: the scan may let a doc through, never keep one out.
/** 类型 … enum, possibly over a line break (a paragraph's text may span lines). */
const TYPE_LINE = /类型[\s\S]{0,12}?enum/;
/** 枚举值 alone on a line (ATX or setext heading), once inline marks are gone (markOnly). */
const ENUM_VALUES_HEADING = /^[ \t>+\-\d.]*(?:#{1,6}[ \t]*)?枚举值[ \t]*#*[ \t]*$/;
/** Inline HTML, link targets, and emphasis, code, strike and escape marks: what a heading's plain text leaves out, even inside a word (`枚<span id="x">举值`). */
const INLINE_MARKS = /<[^>\n]*>|\]\([^)\n]*\)|[*_`~\\[\]]/g;

/** A fence line (CommonMark: up to 3 spaces, three or more backticks or tildes): its marker and info string. */
const FENCE_LINE = /^ {0,3}(`{3,}|~{3,})(.*)$/s;

/** What a trigger line may start: an enum marker (web SDK), an 枚举值 heading (native SDK) or a table. */
export type TriggerKind = 'enum-type' | 'enum-values' | 'table';

export interface Trigger {
  /** 0-based line. */
  line: number;
  kind: TriggerKind;
}

/**
 * The lines where a definition may start: an enum marker (``类型: `enum` ``), an 枚举值
 * heading, or a table header whose every column has a role and which makes a code table
 * (code and description) or a member table (name and value). None only when no recognizer could match.
 */
export function triggerLines(lines: readonly string[], synonyms: ColumnSynonyms): Trigger[] {
  const triggers: Trigger[] = [];
  const lastTableLine = lastTableLineOf(lines);
  /** An enum declaration was seen: the next table after its code block is its members' (extract/declared-enum.ts), whatever it holds. */
  let declared = false;
  /** The open fence, as `scan/slice.ts` follows it: a delimiter row in code is no table. */
  let fence: string | undefined;
  /**
   * A trigger since the last heading at column 0: the slicer keeps its section up to the next
   * such heading, so a table in it needs no verdict of its own (the tables under 枚举值
   * headings, most of the real set's, are not read twice).
   */
  let covered = false;
  const trigger = (at: Trigger): void => {
    triggers.push(at);
    covered = true;
  };
  lines.forEach((line, index) => {
    if (line.startsWith('#') && /^#{1,6}(?:[ \t]|$)/.test(line)) covered = false;
    const fenceLine = line.includes('``') || line.includes('~~') ? FENCE_LINE.exec(line) : null;
    if (fence !== undefined) {
      if (fenceLine && fenceLine[1]?.[0] === fence[0] && (fenceLine[1]?.length ?? 0) >= fence.length && /^[ \t]*$/.test(fenceLine[2] ?? '')) fence = undefined;
    } else if (fenceLine && !(fenceLine[1]?.startsWith('`') && fenceLine[2]?.includes('`'))) fence = fenceLine[1];
    const typeAt = line.indexOf('类型');
    if (typeAt !== -1 && TYPE_LINE.test(`${line.slice(typeAt)}\n${lines[index + 1] ?? ''}`)) trigger({ line: index, kind: 'enum-type' });
    if (line.includes('枚') && ENUM_VALUES_HEADING.test(line.replace(INLINE_MARKS, ''))) trigger({ line: index, kind: 'enum-values' });
    if (index > 0 && line.includes('-') && (DELIMITER_ROW.test(line) || isMalformedDelimiterRow(lines, index))) {
      const members = declared && fence === undefined;
      if (members || (!covered && mayBeDefinitionAt(lines, index, synonyms))) trigger({ line: index - 1, kind: 'table' });
      if (members) declared = false;
    }
    if ((line.includes('enum') || line.includes('NS_')) && ENUM_DECLARATION_START.test(line) && index < lastTableLine()) {
      trigger({ line: index, kind: 'enum-type' });
      declared = true;
    }
    // An HTML table that reads like a code table is reported (table-html), so its doc is parsed.
    if (line.includes('<') && /<table\b/i.test(line) && isHtmlCodeTable(lines.slice(index, index + 40).join('\n'), synonyms)) trigger({ line: index, kind: 'table' });
  });
  return triggers;
}

/** The doc's last delimiter row (-1: none), found once when asked. */
function lastTableLineOf(lines: readonly string[]): () => number {
  let last: number | undefined;
  return () => {
    if (last === undefined) {
      last = lines.length - 1;
      while (last >= 0 && !((lines[last] ?? '').includes('-') && DELIMITER_ROW.test(lines[last] ?? ''))) last--;
    }
    return last;
  };
}

/** True when the doc may hold a definition (see triggerLines). */
export function mayDefine(text: string, synonyms: ColumnSynonyms): boolean {
  // A table needs a pipe (or an HTML table tag): without any of these, no line scan.
  if (!text.includes('类型') && !text.includes('枚') && !text.includes('|') && !/<table\b/i.test(text)) return false;
  return triggerLines(text.split('\n'), synonyms).length > 0;
}



// No `m` flag and `s` where `.` is used: lines are split at `\n` only, as CommonMark splits
// them; U+2028 is text to it, but `^`, `$` and `.` of a JS regex would take it for a line end.
const HEADING_LINE = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/s;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/s;
/** A setext underline: the paragraph right above it is a heading. */
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
/** Lines that start something other than a paragraph (list item, quote, HTML, table, indented code): no setext heading above an underline after them. */
const NOT_PARAGRAPH = /^(?: {0,3}(?:[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|>|<|\|)| {4}|\t)/;

/** What a heading's lines give as its slug: no HTML, link text for links, no emphasis or code marks (`_` inside a word is text). */
function headingAnchor(lines: readonly string[]): string {
  const plain = lines.map((line) =>
    line
      .replace(/<[^>]*>/g, '')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*`]|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
  // A setext heading's line ends stay in its text, and the slug drops them.
  return headingSlug(plain.join('\n'));
}

/**
 * HTML ids and heading slugs (ATX and setext), from the text outside fenced code, as remark
 * would see them (CommonMark's fences: a closing fence is the same mark, as long or longer,
 * and nothing else).
 */
export function scanAnchors(text: string): string[] {
  const anchors = new Set<string>();
  const prose: string[] = [];
  /** The paragraph lines since the last blank line, heading or fence. */
  let paragraph: string[] = [];
  let fence: string | undefined;
  /** Some lines were fenced code: the ids are looked for in the others only. */
  let fenced = false;
  for (const line of text.split('\n')) {
    // Most lines are prose: each pattern is tried only where the characters it needs are.
    const opening = line.includes('```') || line.includes('~~~') ? FENCE_OPEN.exec(line) : null;
    if (fence !== undefined) {
      if (opening && opening[1]?.[0] === fence[0] && (opening[1]?.length ?? 0) >= fence.length && /^[ \t]*$/.test(opening[2] ?? '')) fence = undefined;
      continue;
    }
    // A backtick fence's info string holds no backtick, else the line is inline code.
    if (opening && !(opening[1]?.startsWith('`') && opening[2]?.includes('`'))) {
      fence = opening[1];
      fenced = true;
      paragraph = [];
      continue;
    }
    prose.push(line);
    const atx = line.includes('#') ? HEADING_LINE.exec(line) : null;
    if (atx) anchors.add(headingAnchor([atx[2] ?? '']));
    if (atx || /^[ \t]*$/.test(line)) paragraph = [];
    else if ((line.includes('=') || line.includes('-')) && SETEXT_UNDERLINE.test(line) && paragraph.length > 0 && !NOT_PARAGRAPH.test(paragraph[0] ?? '')) {
      anchors.add(headingAnchor(paragraph));
      paragraph = [];
    } else paragraph.push(line);
  }
  for (const match of (fenced ? prose.join('\n') : text).matchAll(ID_ATTRIBUTE)) if (match[1]) anchors.add(match[1]);
  return [...anchors];
}
