// A table GFM did not take: a header line over a row of dashes that is no delimiter row
// (`|---- ----|`, or not as many cells as the header). remark reads it as a paragraph, so a
// table that would be a definition would vanish without a word: it is reported, judged by
// its lines as the prescan judges them (infer/lines.ts).
import type { Paragraph } from 'mdast';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { ColumnSynonyms } from '../infer/headers.js';
import { isMalformedDelimiterRow, mayBeDefinitionAt, tableLineCells } from '../infer/lines.js';
import { delimiterRowFix, withReplacement } from './row-fixes.js';

/** Reports `paragraph` when its first two lines are a table header and a broken delimiter row of a table that reads as a definition. */
export function reportMalformedTable(paragraph: Paragraph, lines: readonly string[], synonyms: ColumnSynonyms, path: string, diagnostics: Diagnostic[]): void {
  const start = paragraph.position?.start.line;
  const end = paragraph.position?.end.line;
  if (start === undefined || end === undefined || end === start) return;
  // The delimiter row is the paragraph's second line (0-based index: start).
  if (!isMalformedDelimiterRow(lines, start)) return;
  if (!mayBeDefinitionAt(lines, start, synonyms)) return;
  const columns = tableLineCells(lines[start - 1] ?? '').length;
  const fix = delimiterRowFix(lines[start - 1] ?? '', lines[start] ?? '', start + 1);
  const diagnostic = createDiagnostic(
    'table-delimiter-invalid',
    `The line under this table header (\`${(lines[start] ?? '').trim()}\`) is no delimiter row for its ${columns} column${columns === 1 ? '' : 's'}, so the table is read as text`,
    path,
    { start: fix.start, end: fix.end },
  );
  diagnostics.push(withReplacement(diagnostic, fix.text));
}
