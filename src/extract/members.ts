// Table rows → raw members, shared by every recognizer.
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { RawMember } from '../model/types.js';
import { cellValueText, optionalRichText, plainText, sourceAt } from './cells.js';
import type { TableRead } from './table.js';

export interface MemberColumns {
  name: number;
  value: number;
  description: number;
  solution: number;
}

/** One member a row. Rows missing the name or value cell are reported and skipped. */
export function membersFromTable(
  table: TableRead,
  columns: MemberColumns,
  path: string,
  anchor: string | undefined,
  diagnostics: Diagnostic[],
): RawMember[] {
  const members: RawMember[] = [];
  table.rows.forEach((cells, index) => {
    const row = table.rowNodes[index];
    const nameCell = cells[columns.name];
    const valueCell = cells[columns.value];
    if (!row) return;
    // A missing cell is already reported as `table-row-cells`.
    if (!nameCell || !valueCell) return;
    const name = columns.name === columns.value ? cellValueText(nameCell) : plainText(nameCell.children);
    if (name === '') {
      diagnostics.push(createDiagnostic('member-name-empty', 'Row has no member name', path, sourceAt(path, nameCell)));
      return;
    }
    const member: RawMember = {
      name,
      valueText: cellValueText(valueCell),
      source: sourceAt(path, row, anchor),
      valueSource: sourceAt(path, valueCell, anchor),
    };
    const description = optionalRichText(cells[columns.description]?.children);
    if (description) member.description = description;
    const solution = optionalRichText(cells[columns.solution]?.children);
    if (solution) member.solution = solution;
    members.push(member);
  });
  return members;
}
