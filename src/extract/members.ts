// Table rows → raw members, shared by every recognizer.
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { TableCell } from 'mdast';
import { cellShape, NAME_SHAPES, SEVERAL_CODES } from '../infer/cells.js';
import type { RawMember, RichText } from '../model/types.js';
import { cellValueText, joinParagraphs, optionalRichText, plainText, contentRangeAt, rangeAt, sourceAt } from './cells.js';
import type { ColumnInference, TableLayout } from '../infer/types.js';
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
  const { layout } = table.inference;
  const members: RawMember[] = [];
  const inherit = inheritor(table.inference.columns);
  table.rows.forEach((rawCells, index) => {
    const row = table.rowNodes[index];
    if (!row) return;
    const cells = inherit(rawCells);
    const previous = members.at(-1);
    if (previous && continuesAbove(rawCells, layout)) {
      const more = joinParagraphs([previous.description, ...textColumns(layout.descriptions, cells)].filter((text) => text !== undefined));
      if (more) previous.description = more;
      return;
    }
    const member = memberOfRow({ table, rawCells, cells, row, index, path, anchor, diagnostics });
    if (member) members.push(member);
  });
  return members;
}

type Cells = readonly (TableCell | undefined)[];

/** A function from a row's cells to the cells it stands for: "as above" cells (ditto anywhere, blank in a grouping column) take the cell above. */
function inheritor(columns: readonly ColumnInference[]): (cells: Cells) => (TableCell | undefined)[] {
  const above = new Map<number, TableCell>();
  return (cells) =>
    cells.map((cell, column) => {
      const text = cell ? plainText(cell.children) : '';
      const inherits = cellShape(text) === 'ditto' || (columns[column]?.inherits === true && text === '');
      if (cell && !inherits) above.set(column, cell);
      return inherits ? above.get(column) : cell;
    });
}

/** A row that repeats its member's key (`| ^^ | ^^ | more text |`): its text belongs to the member above. */
function continuesAbove(cells: Cells, layout: TableLayout): boolean {
  const nameDitto = isDitto(cells[layout.name]);
  return nameDitto && (layout.value === -1 || layout.value === layout.name || isDitto(cells[layout.value]));
}

interface RowContext {
  table: TableRead;
  /** The row's cells as written, for positions. */
  rawCells: Cells;
  /** The cells it stands for (inherited cells filled in). */
  cells: Cells;
  row: TableRead['rowNodes'][number];
  index: number;
  path: string;
  anchor: string | undefined;
  diagnostics: Diagnostic[];
}

/** The member of one row, or undefined when the row is reported instead. */
function memberOfRow(context: RowContext): RawMember | undefined {
  const { table, rawCells, cells, row, path, anchor } = context;
  const { layout } = table.inference;
  const nameCell = cells[layout.name];
  const valueCell = layout.value === -1 ? nameCell : cells[layout.value];
  // A missing cell is already reported as `table-row-cells`.
  if (!nameCell || !valueCell) return undefined;
  const read = nameAndValue(context, nameCell, valueCell);
  if (!read) return undefined;
  const member: RawMember = {
    name: read.name,
    valueText: read.valueText,
    source: sourceAt(path, row, anchor),
    // An inherited cell (`^^`) is reported at the row's own cell.
    valueSource: rangeAt(path, (layout.value === -1 ? rawCells[layout.name] : rawCells[layout.value]) ?? valueCell),
    nameSource: contentRangeAt(path, rawCells[layout.name] ?? nameCell),
  };
  if (read.aliases.length > 0) member.aliases = read.aliases;
  if (read.label !== undefined) member.label = read.label;
  if (read.deprecated) member.deprecated = true;
  const description = joinParagraphs(textColumns(layout.descriptions, cells));
  if (description) member.description = description;
  const solution = optionalRichText(cells[layout.solution]?.children);
  if (solution) member.solution = solution;
  const attributes = attributesOf(table.headers, layout.attributes, cells);
  if (attributes) member.attributes = attributes;
  return member;
}

interface NameAndValue {
  name: string;
  valueText: string;
  label?: string;
  deprecated: boolean;
  aliases: string[];
}

/**
 * A row's name and value text, or undefined when the row is reported: no value in a Java-style
 * name cell, several codes in the code cell, or no name.
 */
function nameAndValue(context: RowContext, nameCell: TableCell, valueCell: TableCell): NameAndValue | undefined {
  const { table, index, path, diagnostics } = context;
  const { layout, columns, verdict } = table.inference;
  const marked = splitDeprecation(layout.name === layout.value ? cellValueText(nameCell) : plainText(nameCell.children));
  let name = marked.name;
  let valueText = cellValueText(valueCell);
  let label: string | undefined;
  if (layout.valueInName) {
    const split = splitNameAndValue(name);
    if (!split) {
      diagnostics.push(createDiagnostic('unparsable-value', `Cannot find the value in \`${name}\`: expected NAME(value)`, path, rangeAt(path, nameCell)));
      return undefined;
    }
    ({ name, valueText, label } = split);
  }
  if (columns[layout.value]?.shape === 'codes' && SEVERAL_CODES.has(cellShape(valueText))) {
    const cell = valueText.replace(/\n/g, ' ');
    diagnostics.push(createDiagnostic('value-range', `Row ${index + 1} gives several codes in one cell (\`${cell}\`); it is left out, the rest of the table is read`, path, rangeAt(path, valueCell)));
    return undefined;
  }
  // Two names in one cell (`ERR_A<br>ERR_B`): the first names the member, the others are its aliases.
  const [first = '', ...aliases] = NAME_SHAPES.has(cellShape(name)) ? name.split('\n').map((line) => line.trim()).filter((line) => line !== '') : [name];
  if (first === '') {
    diagnostics.push(createDiagnostic('member-name-empty', 'Row has no member name', path, rangeAt(path, nameCell)));
    return undefined;
  }
  // Without a value column, a code table's codes are their own values as written; an enum's names become string values.
  const valuesFromNames = layout.value === -1 && !layout.valueInName && !(verdict.read && verdict.kind === 'codes');
  const read: NameAndValue = { name: first, valueText: valuesFromNames ? JSON.stringify(first) : valueText, deprecated: marked.deprecated, aliases };
  if (label !== undefined) read.label = label;
  return read;
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
