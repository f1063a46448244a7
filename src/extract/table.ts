// Reads a GFM table into header roles and rows, diagnosing rows whose cell
// count differs from the header's.
import type { Table, TableCell } from 'mdast';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { plainText } from './cells.js';
import { headerRoles, type ColumnSynonyms, type HeaderRoles } from './columns.js';

export interface TableRead {
  headers: string[];
  roles: HeaderRoles;
  /** Body rows with exactly as many cells as the header (shorter rows padded with undefined). */
  rows: (TableCell | undefined)[][];
  /** The body rows as mdast nodes, parallel to `rows`. */
  rowNodes: Table['children'];
}

export function readTableHeader(table: Table, synonyms: ColumnSynonyms): { headers: string[]; roles: HeaderRoles } {
  const headers = (table.children[0]?.children ?? []).map((cell) => plainText(cell.children));
  return { headers, roles: headerRoles(headers, synonyms) };
}

export function readTable(table: Table, synonyms: ColumnSynonyms, path: string, diagnostics: Diagnostic[]): TableRead {
  const { headers, roles } = readTableHeader(table, synonyms);
  const rowNodes = table.children.slice(1);
  const rows = rowNodes.map((row) => {
    const count = row.children.length;
    if (count !== headers.length) {
      const start = row.position?.start ?? { line: 1, column: 1 };
      diagnostics.push(
        createDiagnostic(
          'table-row-cells',
          `Row has ${count} cell${count === 1 ? '' : 's'}, the header has ${headers.length}`,
          path,
          { start, end: row.position?.end },
        ),
      );
    }
    return headers.map((_, index) => row.children[index]);
  });
  return { headers, roles, rows, rowNodes };
}
