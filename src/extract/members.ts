// Table rows → raw members, shared by every recognizer.
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { RawMember } from '../model/types.js';
import { cellValueText, joinParagraphs, optionalRichText, plainText, rangeAt, sourceAt } from './cells.js';
import type { TableRead } from './table.js';

export interface MemberColumns {
  name: number;
  /** -1: the value is written in the name cell, Java style: `NAME(value)` or `NAME(value, "label")`. */
  value: number;
  /** Every text column, in order: their texts are joined (none is dropped). */
  descriptions: readonly number[];
  solution: number;
}

/** `RETURN_STATUS_FAILURE(-1)`, `MessageConfigReliableOrdered (0)`, `BIM_LOG_DEBUG(1,"debug")`. */
const NAME_WITH_VALUE = /^([^\s()]+)\s*\(\s*(.*?)\s*(?:,\s*("(?:[^"\\]|\\.)*")\s*)?\)$/;

/** A deprecation marker in a name cell: `[deprecated]`, `(已废弃)`, or a line of its own (`kB <br> **Deprecated**`). */
const DEPRECATED_MARKER = /[[(（【]\s*(?:deprecated|已废弃|废弃|已弃用|弃用)\s*[\])）】]|^\s*(?:deprecated|已废弃|废弃|已弃用|弃用)\s*[:：]?\s*$/gim;

/** The name without its deprecation markers, and whether it had one. */
export function splitDeprecation(name: string): { name: string; deprecated: boolean } {
  const stripped = name.replace(DEPRECATED_MARKER, ' ');
  if (stripped === name) return { name, deprecated: false };
  return { name: stripped.replace(/\s+/g, ' ').trim(), deprecated: true };
}

export function splitNameAndValue(text: string): { name: string; valueText: string; label?: string } | undefined {
  const match = NAME_WITH_VALUE.exec(text.trim());
  if (!match) return undefined;
  const [, name = '', valueText = '', label] = match;
  return label === undefined ? { name, valueText } : { name, valueText, label: JSON.parse(label) as string };
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
    const valueCell = columns.value === -1 ? nameCell : cells[columns.value];
    if (!row) return;
    // A missing cell is already reported as `table-row-cells`.
    if (!nameCell || !valueCell) return;
    let name = columns.name === columns.value ? cellValueText(nameCell) : plainText(nameCell.children);
    let valueText = cellValueText(valueCell);
    let label: string | undefined;
    const marked = splitDeprecation(name);
    name = marked.name;
    if (columns.value === -1) {
      const split = splitNameAndValue(name);
      if (!split) {
        diagnostics.push(
          createDiagnostic('unparsable-value', `Cannot find the value in \`${name}\`: expected NAME(value)`, path, rangeAt(path, nameCell)),
        );
        return;
      }
      ({ name, valueText, label } = split);
    }
    if (name === '') {
      diagnostics.push(createDiagnostic('member-name-empty', 'Row has no member name', path, rangeAt(path, nameCell)));
      return;
    }
    const member: RawMember = {
      name,
      valueText,
      source: sourceAt(path, row, anchor),
      valueSource: rangeAt(path, valueCell),
    };
    if (label !== undefined) member.label = label;
    if (marked.deprecated) member.deprecated = true;
    const description = joinParagraphs(columns.descriptions.flatMap((column) => optionalRichText(cells[column]?.children) ?? []));
    if (description) member.description = description;
    const solution = optionalRichText(cells[columns.solution]?.children);
    if (solution) member.solution = solution;
    members.push(member);
  });
  return members;
}
