// A cheap scan of a doc's text, no Markdown parser: whether it can hold a definition at
// all, and the anchors it offers to links. Only docs that can hold a definition need
// remark, the cost of every run (most docs of the real set define nothing).
import { headingSlug } from './anchors.js';
import { normalizeHeader, type ColumnSynonyms } from './columns.js';
import { ID_ATTRIBUTE } from './sections.js';

// Wider than the recognizers on purpose: the scan may let a doc through, never keep one out.
/** 类型 … enum, possibly over a line break (a paragraph's text may span lines). */
const TYPE_LINE = /类型[\s\S]{0,12}?enum/;
/** 枚举值 alone on a line (ATX or setext heading), once inline marks are gone (markOnly). */
const ENUM_VALUES_HEADING = /^[ \t>+\-\d.]*(?:#{1,6}[ \t]*)?枚举值[ \t]*#*[ \t]*$/;
/** Inline HTML, link targets, and emphasis, code, strike and escape marks: what a heading's plain text leaves out, even inside a word (`枚<span id="x">举值`). */
const INLINE_MARKS = /<[^>\n]*>|\]\([^)\n]*\)|[*_`~\\[\]]/g;
/** A GFM delimiter row (`| --- | :-: |`), after list or quote markers. */
const DELIMITER_ROW = /^[ \t>*+\-\d.]*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

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
  lines.forEach((line, index) => {
    const typeAt = line.indexOf('类型');
    if (typeAt !== -1 && TYPE_LINE.test(`${line.slice(typeAt)}\n${lines[index + 1] ?? ''}`)) triggers.push({ line: index, kind: 'enum-type' });
    if (line.includes('枚') && ENUM_VALUES_HEADING.test(line.replace(INLINE_MARKS, ''))) triggers.push({ line: index, kind: 'enum-values' });
    if (index > 0 && line.includes('-') && DELIMITER_ROW.test(line) && isDefiningHeader(lines[index - 1] ?? '', synonyms)) {
      triggers.push({ line: index - 1, kind: 'table' });
    }
  });
  return triggers;
}

/** True when the doc may hold a definition (see triggerLines). */
export function mayDefine(text: string, synonyms: ColumnSynonyms): boolean {
  // A table needs a pipe: without any of the three, no line scan.
  if (!text.includes('类型') && !text.includes('枚') && !text.includes('|')) return false;
  return triggerLines(text.split('\n'), synonyms).length > 0;
}

function isDefiningHeader(line: string, synonyms: ColumnSynonyms): boolean {
  const cells = line
    .replace(/^[ \t>*+\-\d.]*/, '')
    .replace(/^\||\|\s*$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => synonyms.get(headerText(cell)));
  if (cells.includes(undefined)) return false;
  return (cells.includes('code') && cells.includes('description')) || (cells.includes('name') && cells.includes('value'));
}

/** A header cell as the recognizers see it: HTML, link syntax and escapes removed, then normalized like any header. */
function headerText(cell: string): string {
  return normalizeHeader(
    cell
      .replace(/<[^>]*>/g, '')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\\(.)/g, '$1'),
  );
}

const HEADING_LINE = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/gm;

/** HTML ids and heading slugs, from the text (outside fenced code, as remark would see them). */
export function scanAnchors(text: string): string[] {
  const anchors = new Set<string>();
  const prose = text.replace(/^( {0,3})(```|~~~)[\s\S]*?^\1\2[^\n]*$/gm, '');
  for (const match of prose.matchAll(ID_ATTRIBUTE)) if (match[1]) anchors.add(match[1]);
  for (const match of prose.matchAll(HEADING_LINE)) {
    const plain = (match[2] ?? '')
      .replace(/<[^>]*>/g, '')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*_`]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    anchors.add(headingSlug(plain));
  }
  return [...anchors];
}
