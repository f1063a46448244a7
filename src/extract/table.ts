// Reads a GFM table: its header, its rows (diagnosing rows whose cell count differs from the
// header's) and what its content says of each column (infer/table.ts).
import type { Table, TableCell } from 'mdast';
import { paddedRow, withReplacement } from './row-fixes.js';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { ColumnSynonyms } from '../infer/headers.js';
import { inferTable, type TableContext, type TableInference } from '../infer/table.js';
import { plainText } from './cells.js';

export interface TableRead {
  headers: string[];
  /** Body rows with exactly as many cells as the header (shorter rows padded with undefined). */
  rows: (TableCell | undefined)[][];
  /** The body rows as mdast nodes, parallel to `rows`. */
  rowNodes: Table['children'];
  inference: TableInference;
}

function headerTexts(table: Table): string[] {
  return (table.children[0]?.children ?? []).map((cell) => plainText(cell.children));
}

/** What the table's content says, without reporting its rows (for recognizers deciding whether to take it). */
export function inferTableNode(table: Table, synonyms: ColumnSynonyms, context: TableContext = {}): TableInference {
  const headers = headerTexts(table);
  const body = table.children.slice(1).map((row) => headers.map((_, index) => plainText(row.children[index]?.children ?? [])));
  return inferTable(headers, body, synonyms, context);
}

/** The table read for its members, with what its content says (given, or inferred in `context`). */
export function readTable(table: Table, synonyms: ColumnSynonyms, document: { path: string; text: string }, diagnostics: Diagnostic[], context: TableContext = {}, inference?: TableInference): TableRead {
  const headers = headerTexts(table);
  const rowNodes = table.children.slice(1);
  const rows = rowNodes.map((row) => {
    const count = row.children.length;
    if (count !== headers.length) {
      const start = row.position?.start ?? { line: 1, column: 1 };
      const diagnostic = createDiagnostic('table-row-cells', `Row has ${count} cell${count === 1 ? '' : 's'}, the header has ${headers.length}`, document.path, {
        start,
        end: row.position?.end,
      });
      // Fewer cells: GFM reads the missing ones as empty, and writing them says so. More: which text was meant is the author's to say.
      // By line and column: a sliced parse (scan/slice.ts) keeps those, not offsets. A row is one line.
      const end = row.position?.end;
      if (count < headers.length && end && end.line === start.line) {
        const line = lineAt(document.text, start.line);
        withReplacement(diagnostic, paddedRow(line.slice(start.column - 1, end.column - 1), headers.length - count));
      }
      diagnostics.push(diagnostic);
    }
    return headers.map((_, index) => row.children[index]);
  });
  // The cells' texts are read again only when no inference was given.
  return { headers, rows, rowNodes, inference: inference ?? inferTableNode(table, synonyms, context) };
}

/** Line `number` (1-based) of `text`, found without splitting the whole text. */
function lineAt(text: string, number: number): string {
  let start = 0;
  for (let line = 1; line < number; line++) {
    const next = text.indexOf('\n', start);
    if (next === -1) return '';
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return text.slice(start, end === -1 ? undefined : end);
}
