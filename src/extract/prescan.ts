// A cheap scan of a doc's text, no Markdown parser: whether it can hold a definition at
// all, and the anchors it offers to links. Only docs that can hold a definition need
// remark, the cost of every run (most docs of the real set define nothing).
import { headingSlug } from './anchors.js';
import { normalizeHeader, type ColumnSynonyms } from './columns.js';
import { ID_ATTRIBUTE } from './sections.js';

// Wider than the recognizers on purpose: the scan may let a doc through, never keep one out.
const TYPE_LINE = /类型[^\n]{0,12}enum/;
/** 枚举值 alone on a line (ATX or setext heading), with emphasis or inline HTML around it. */
const ENUM_VALUES_HEADING = /^[ \t>*+\-\d.]*(?:#{1,6}[ \t]*)?(?:<[^>\n]*>[ \t]*)*[*_]*枚举值[*_]*[ \t]*(?:<[^>\n]*>[ \t]*)*#*[ \t]*$/m;
/** A GFM delimiter row (`| --- | :-: |`), after list or quote markers. */
const DELIMITER_ROW = /^[ \t>*+\-\d.]*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

/**
 * True when the doc may hold a definition: an enum marker (``类型: `enum` ``, 枚举值), or a
 * table header whose every column has a role and which makes a code table (code and
 * description) or a member table (name and value). False only when no recognizer could match.
 */
export function mayDefine(text: string, synonyms: ColumnSynonyms): boolean {
  if (TYPE_LINE.test(text) || ENUM_VALUES_HEADING.test(text)) return true;
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) {
    if (!DELIMITER_ROW.test(lines[i] ?? '') || !(lines[i] ?? '').includes('-')) continue;
    const cells = (lines[i - 1] ?? '')
      .replace(/^[ \t>*+\-\d.]*/, '')
      .replace(/^\||\|\s*$/g, '')
      .split(/(?<!\\)\|/)
      .map((cell) => synonyms.get(headerText(cell)));
    if (cells.includes(undefined)) continue;
    if ((cells.includes('code') && cells.includes('description')) || (cells.includes('name') && cells.includes('value'))) return true;
  }
  return false;
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
