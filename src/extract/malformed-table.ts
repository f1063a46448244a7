// A table GFM did not take: a header line over a row of dashes that is no delimiter row
// (`|---- ----|`, or fewer cells than the header). remark reads it as a paragraph, so without
// this report the table would vanish without a word.
import type { Paragraph } from 'mdast';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { plainText } from './cells.js';

/** A line of dashes, colons, pipes and spaces, with a run of three dashes or more. */
const DASH_ROW = /^[ \t]*\|?[ \t]*:?-{3,}[-: \t|]*$/;

/** Reports `paragraph` when its first two lines are a table header and a broken delimiter row. */
export function reportMalformedTable(paragraph: Paragraph, path: string, diagnostics: Diagnostic[]): void {
  const [header = '', delimiter = ''] = plainText(paragraph.children).split('\n');
  if (!header.includes('|') || !DASH_ROW.test(delimiter)) return;
  const start = paragraph.position?.start ?? { line: 1, column: 1 };
  const columns = header.replace(/^\s*\||\|\s*$/g, '').split('|').length;
  diagnostics.push(
    createDiagnostic(
      'table-delimiter-invalid',
      `The line under this table header (\`${delimiter.trim()}\`) is no delimiter row, so the table is read as text; the header has ${columns} column${columns === 1 ? '' : 's'}`,
      path,
      { line: start.line + 1, column: 1 },
    ),
  );
}
