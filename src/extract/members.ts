// Table rows → raw members, shared by every recognizer.
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { TableCell } from 'mdast';
import { cellShape, NAME_SHAPES, SEVERAL_CODES } from '../infer/cells.js';
import type { RawMember, RichText } from '../model/types.js';
import { cellValueText, joinParagraphs, optionalRichText, plainText, rangeAt, sourceAt } from './cells.js';
import type { TableRead } from './table.js';

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

/**
 * One member a row, by the table's layout (infer/table.ts). Rows missing the name or value
 * cell are reported and skipped; a row of several codes is reported and skipped, the rest read.
 * Blank or ditto cells of grouping columns take the value above; a row that repeats its key
 * (`^^`) continues the member above (its text is added) or, with a name of its own, is that
 * value's alias. A second name in the name cell (`ERR_A<br>ERR_B`) is an alias.
 */
export function membersFromTable(table: TableRead, path: string, anchor: string | undefined, diagnostics: Diagnostic[]): RawMember[] {
  const { layout, columns } = table.inference;
  const members: RawMember[] = [];
  const above = new Map<number, TableCell>();
  const valuesFromNames = layout.value === -1 && !layout.valueInName;
  const codes = table.inference.verdict.read && table.inference.verdict.kind === 'codes';
  table.rows.forEach((rawCells, index) => {
    const row = table.rowNodes[index];
    if (!row) return;
    // Cells that say "as above" take the cell above: grouping columns when blank, any column when ditto.
    const cells = rawCells.map((cell, column) => {
      const text = cell ? plainText(cell.children) : '';
      const inherits = cellShape(text) === 'ditto' || (columns[column]?.inherits === true && text === '');
      const taken = inherits ? above.get(column) : cell;
      if (cell && !inherits) above.set(column, cell);
      return taken;
    });
    const nameDitto = isDitto(rawCells[layout.name]);
    const valueDitto = layout.value !== -1 && isDitto(rawCells[layout.value]);
    const previous = members.at(-1);
    if (previous && nameDitto && (valueDitto || layout.value === -1 || layout.value === layout.name)) {
      const more = joinParagraphs([previous.description, ...textColumns(layout.descriptions, cells)].filter((text) => text !== undefined));
      if (more) previous.description = more;
      return;
    }
    const nameCell = cells[layout.name];
    const valueCell = layout.value === -1 ? nameCell : cells[layout.value];
    // A missing cell is already reported as `table-row-cells`.
    if (!nameCell || !valueCell) return;
    let name = layout.name === layout.value ? cellValueText(nameCell) : plainText(nameCell.children);
    let valueText = cellValueText(valueCell);
    let label: string | undefined;
    const marked = splitDeprecation(name);
    name = marked.name;
    if (layout.valueInName) {
      const split = splitNameAndValue(name);
      if (!split) {
        diagnostics.push(
          createDiagnostic('unparsable-value', `Cannot find the value in \`${name}\`: expected NAME(value)`, path, rangeAt(path, nameCell)),
        );
        return;
      }
      ({ name, valueText, label } = split);
    }
    if (columns[layout.value]?.shape === 'codes' && SEVERAL_CODES.has(cellShape(valueText))) {
      diagnostics.push(
        createDiagnostic('value-range', `Row ${index + 1} gives several codes in one cell (\`${valueText.replace(/\n/g, ' ')}\`); it is left out, the rest of the table is read`, path, rangeAt(path, valueCell)),
      );
      return;
    }
    // Two names in one cell (`ERR_A<br>ERR_B`): the first names the member, the others are its aliases.
    const [first = '', ...aliases] = NAME_SHAPES.has(cellShape(name)) ? name.split('\n').map((line) => line.trim()).filter((line) => line !== '') : [name];
    name = first;
    if (name === '') {
      diagnostics.push(createDiagnostic('member-name-empty', 'Row has no member name', path, rangeAt(path, nameCell)));
      return;
    }
    // A code table's codes are their own values as written; an enum's names become string values.
    if (valuesFromNames && !codes) valueText = JSON.stringify(name);
    const member: RawMember = {
      name,
      valueText,
      source: sourceAt(path, row, anchor),
      valueSource: rangeAt(path, valueCell),
    };
    if (aliases.length > 0) member.aliases = aliases;
    if (label !== undefined) member.label = label;
    if (marked.deprecated) member.deprecated = true;
    const description = joinParagraphs(textColumns(layout.descriptions, cells));
    if (description) member.description = description;
    const solution = optionalRichText(cells[layout.solution]?.children);
    if (solution) member.solution = solution;
    const attributes = attributesOf(table.headers, layout.attributes, cells);
    if (attributes) member.attributes = attributes;
    members.push(member);
  });
  return members;
}

function isDitto(cell: TableCell | undefined): boolean {
  return cell !== undefined && cellShape(plainText(cell.children)) === 'ditto';
}

function textColumns(columns: readonly number[], cells: readonly (TableCell | undefined)[]): RichText[] {
  return columns.flatMap((column) => optionalRichText(cells[column]?.children) ?? []);
}

/** The attribute columns' texts by header, when any is filled. */
function attributesOf(headers: readonly string[], columns: readonly number[], cells: readonly (TableCell | undefined)[]): Record<string, string> | undefined {
  const attributes: Record<string, string> = {};
  for (const column of columns) {
    const text = cells[column] ? plainText(cells[column].children) : '';
    const header = headers[column] ?? '';
    if (text !== '' && header !== '' && !Object.hasOwn(attributes, header)) attributes[header] = text;
  }
  return Object.keys(attributes).length > 0 ? attributes : undefined;
}
