// Reading a table by what it holds: each column gets a role from its header and from its
// cells, with the reason, and the table a verdict: a definition (and which columns name,
// value and describe its members), or not (and why, at which level). Pure: texts in, roles
// out. The recognizers (extract/) ask for roles, never for header words; the prescan
// (scan/) asks the same question of a table's raw lines.
import type { ColumnRole } from '../config.js';
import type { RuleId } from '../diagnostics/rules.js';
import { cellShape, NAME_SHAPES, SEVERAL_CODES, SINGLE_CODE, type CellShape } from './cells.js';
import { headerRole, marksNonDefinition, normalizeHeader, type ColumnSynonyms, type HeaderMatch } from './headers.js';

/** What a column's cells hold, taken together. */
export type ColumnShape = 'codes' | 'names' | 'calls' | 'types' | 'flags' | 'words' | 'text' | 'blank';

export interface ColumnInference {
  header: string;
  role: ColumnRole;
  /** Why it has that role, for `--verbose` and model.json: what the header and the cells said. */
  reason: string;
  shape: ColumnShape;
  /** A grouping column (before the key, as `Category | Platform | Error | Code`): blank cells take the value above. */
  inherits?: true;
}

/** The columns a recognizer reads members from (-1: none). */
export interface TableLayout {
  name: number;
  /** -1 with `valueInName`: `NAME(value)` in the name cell; -1 without it: values are the names. */
  value: number;
  valueInName: boolean;
  descriptions: number[];
  solution: number;
  attributes: number[];
}

export type TableVerdict =
  | { read: true; kind: 'codes' | 'enum' }
  | { read: false; level: 'silent' | 'info' | 'warning'; rule: RuleId; reason: string };

export interface TableInference {
  columns: ColumnInference[];
  layout: TableLayout;
  verdict: TableVerdict;
}

/** Fewer body rows than this and content alone does not make a definition. */
export const MIN_ROWS = 2;
/** A column is a type column (a parameter or field table) when this share of its cells are type words. */
const TYPE_SHARE = 0.6;

interface Column {
  index: number;
  header: string;
  match?: HeaderMatch;
  shape: ColumnShape;
  unique: boolean;
  /** Share of its names in lower camel case (fields and methods are named so). */
  camel: number;
}

/** The shape of a column from the shapes of its cells (blank and ditto cells left out). */
export function columnShape(shapes: readonly CellShape[]): ColumnShape {
  const seen = shapes.filter((shape) => shape !== 'blank' && shape !== 'ditto');
  if (seen.length === 0) return 'blank';
  const count = (test: (shape: CellShape) => boolean): number => seen.filter(test).length;
  const single = count((shape) => SINGLE_CODE.has(shape));
  if (single > 0 && single + count((shape) => SEVERAL_CODES.has(shape)) === seen.length) return 'codes';
  if (count((shape) => shape === 'call') === seen.length) return 'calls';
  if (count((shape) => shape === 'type') >= seen.length * TYPE_SHARE) return 'types';
  if (count((shape) => shape === 'flag') === seen.length) return 'flags';
  const names = count((shape) => NAME_SHAPES.has(shape));
  const words = count((shape) => shape === 'word');
  if (names > 0 && names + words === seen.length) return 'names';
  if (words === seen.length) return 'words';
  return 'text';
}

function columnsOf(headers: readonly string[], rows: readonly (readonly string[])[], synonyms: ColumnSynonyms): Column[] {
  return headers.map((header, index) => {
    const cells = rows.map((row) => row[index] ?? '');
    const shapes = cells.map(cellShape);
    const keyed = cells.filter((_, row) => shapes[row] !== 'blank' && shapes[row] !== 'ditto').map((cell) => cell.trim());
    const names = shapes.filter((shape) => NAME_SHAPES.has(shape));
    const column: Column = {
      index,
      header,
      shape: columnShape(shapes),
      unique: new Set(keyed).size === keyed.length,
      camel: names.length === 0 ? 0 : names.filter((shape) => shape === 'camel').length / names.length,
    };
    const match = headerRole(header, synonyms);
    if (match) column.match = match;
    return column;
  });
}

const SHAPE_WORDS: Readonly<Record<ColumnShape, string>> = {
  codes: 'numbers',
  names: 'identifiers',
  calls: 'NAME(value) cells',
  types: 'type names',
  flags: 'yes/no cells',
  words: 'single words',
  text: 'text',
  blank: 'no text',
};

function headerSays(column: Column): string {
  if (!column.match) return `header "${column.header}" is no known column`;
  if (column.match.config) return `the config's columns.${column.match.role} names "${column.header}"`;
  return `header "${column.header}"${column.match.via ? ` (as "${column.match.via}")` : ''} says ${column.match.role}`;
}

function cellsSay(column: Column): string {
  const unique = column.shape === 'codes' || column.shape === 'names' ? (column.unique ? ', unique' : ', repeated') : '';
  return `cells hold ${SHAPE_WORDS[column.shape]}${unique}`;
}

/** What a column can be from its cells alone. */
type Kind = 'number' | 'name' | 'text' | 'other';

function kindOf(column: Column, marked: boolean): Kind {
  const role = column.match?.role;
  // The config decides; in a marked enum section (类型: `enum`, 枚举值) so do known headers,
  // since a value cell may hold an expression (`1 << 3`) that reads as text.
  if (role === 'attribute') return 'other';
  if (column.match?.config || (marked && role)) {
    if (role === 'value' || role === 'code') return 'number';
    if (role === 'name') return 'name';
    return 'text';
  }
  switch (column.shape) {
    case 'codes':
      return 'number';
    case 'names':
    case 'calls':
      return 'name';
    case 'words':
      return role === 'name' || role === 'code' || role === 'value' ? 'name' : 'text';
    case 'text':
      return 'text';
    case 'blank':
      return role === 'description' || role === 'solution' ? 'text' : 'other';
    default:
      return 'other';
  }
}

/** Where a table stands, as far as its verdict depends on it. */
export interface TableContext {
  /**
   * The table sits where a marker says it holds an enum's members (web-enum, native-enum, an
   * `enum` declaration above it): it is read whatever the verdict, and known headers decide
   * over the cells.
   */
  marked?: boolean;
  /** The text of the heading above the table (numbering stripped), when there is one. */
  heading?: string;
  /** The table comes first under its heading (only paragraphs between): unknown is taken as true. */
  first?: boolean;
}

/** A header that says its column gives types (`类型`, `Type`, `数据类型`). */
const TYPE_HEADER = /^(?:.*类型|(?:data |value |field )?types?)$/;

/** A heading that names a type: `MessageType`, `Enums.Reason`. */
const TYPE_NAME = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/;

/** Roles and a verdict for a table (see TableContext). */
export function inferTable(headers: readonly string[], rows: readonly (readonly string[])[], synonyms: ColumnSynonyms, context: TableContext = {}): TableInference {
  const marked = context.marked === true;
  const columns = columnsOf(headers, rows, synonyms);
  const kinds = columns.map((column) => kindOf(column, marked));
  const of = (kind: Kind): Column[] => columns.filter((_, index) => kinds[index] === kind);
  // A column of single words under an unknown header (`Module`: `download`) is kept as an
  // attribute when the table has prose to describe its members.
  if (!marked && columns.some((column, index) => kinds[index] === 'text' && column.shape === 'text')) {
    columns.forEach((column, index) => {
      if (kinds[index] === 'text' && column.shape === 'words' && !column.match) kinds[index] = 'other';
    });
  }
  const numbers = of('number');
  const names = of('name');
  const texts = of('text');
  const prefer = (candidates: readonly Column[], ...roles: ColumnRole[]): Column | undefined => {
    for (const role of roles) {
      const found = candidates.find((column) => column.match?.role === role);
      if (found) return found;
    }
    return candidates[0];
  };

  const uniqueNames = names.filter((column) => column.unique || marked || column.match?.config);
  const nameColumn = prefer(uniqueNames, 'name', 'code');
  const uniqueNumbers = numbers.filter((column) => column.unique || column.match?.config);
  let valueColumn: Column | undefined;
  let ambiguous: Column[] | undefined;
  if (numbers.length === 1 || marked) valueColumn = prefer(numbers, 'value', 'code');
  else if (uniqueNumbers.length > 0) valueColumn = prefer(uniqueNumbers, 'value', 'code');
  else if (numbers.length > 1) ambiguous = numbers;
  if (!nameColumn && valueColumn && !valueColumn.unique && !marked) ambiguous = [valueColumn, ...names];
  if (!nameColumn && !valueColumn && names.length > 0 && !marked) ambiguous = names;

  const keys = [nameColumn, valueColumn].filter((column): column is Column => column !== undefined);
  const firstKey = Math.min(...(keys.length > 0 ? keys : (ambiguous ?? [])).map((column) => column.index));
  const solution = texts.find((column) => column.match?.role === 'solution');
  const descriptions = texts.filter((column) => column !== solution && (marked || column.index > firstKey));
  const groups = marked ? [] : texts.filter((column) => column.index < firstKey);
  const layout: TableLayout = {
    name: nameColumn?.index ?? (marked ? -1 : (valueColumn?.index ?? -1)),
    value: valueColumn?.index ?? -1,
    valueInName: !valueColumn && (marked || nameColumn?.shape === 'calls'),
    descriptions: descriptions.map((column) => column.index),
    solution: solution?.index ?? -1,
    attributes: columns.filter((column) => !keys.includes(column) && column !== solution && !descriptions.includes(column)).map((column) => column.index),
  };
  const kind: 'codes' | 'enum' = valueColumn && !nameColumn ? 'codes' : nameColumn?.match?.role === 'code' || valueColumn?.match?.role === 'code' ? 'codes' : 'enum';
  const inference: ColumnInference[] = columns.map((column) => {
    const role: ColumnRole =
      column === nameColumn ? (kind === 'codes' && !valueColumn ? 'code' : 'name')
      : column === valueColumn ? (kind === 'codes' && !nameColumn ? 'code' : 'value')
      : column === solution ? 'solution'
      : descriptions.includes(column) ? 'description'
      : 'attribute';
    const entry: ColumnInference = { header: column.header, role, reason: `${headerSays(column)}; ${cellsSay(column)}`, shape: column.shape };
    if (groups.includes(column)) entry.inherits = true;
    return entry;
  });
  return { columns: inference, layout, verdict: verdictOf({ columns, rows, numbers, names, texts, nameColumn, valueColumn, ambiguous, firstKey, kind, marked, context }) };
}

interface Facts {
  columns: readonly Column[];
  rows: readonly (readonly string[])[];
  numbers: readonly Column[];
  names: readonly Column[];
  texts: readonly Column[];
  nameColumn: Column | undefined;
  valueColumn: Column | undefined;
  ambiguous: readonly Column[] | undefined;
  firstKey: number;
  kind: 'codes' | 'enum';
  marked: boolean;
  context: TableContext;
}

/** Rule 2 of README's "What it reads": when content makes a table a definition, and why not. */
function verdictOf(facts: Facts): TableVerdict {
  const { columns, numbers, names, texts, nameColumn, valueColumn, ambiguous, marked } = facts;
  if (marked) return { read: true, kind: 'enum' };
  const header = columns.map((column) => column.header).join(' | ');
  const info = (reason: string): TableVerdict => ({ read: false, level: 'info', rule: 'table-ignored', reason: `Table is not a definition (header: ${header}): ${reason}` });
  const keyLike = numbers.length > 0 || names.length > 0;
  const marker = columns.find((column) => marksNonDefinition(column.header));
  if (marker) return info(`column "${marker.header}" marks a changelog or parameter table`);
  const types = columns.find((column) => column.shape === 'types');
  if (types) return info(`column "${types.header}" holds type names: a parameter or field table`);
  if (!keyLike) {
    if (!headerWantsCodes(columns)) return { read: false, level: 'silent', rule: 'table-ignored', reason: 'no codes or names' };
    const code = columns.find((column) => column.match?.role === 'code');
    return {
      read: false,
      level: 'warning',
      rule: 'table-near-miss',
      reason: `Table reads like a code table by its header (${header}), but column "${code?.header}" holds text, not codes or names; if it is one, read it as written with "columns": { "code": [${JSON.stringify(code?.header ?? '')}] } in the config`,
    };
  }
  if (texts.length === 0 && !(nameColumn && valueColumn)) return { read: false, level: 'silent', rule: 'table-ignored', reason: 'no text column' };
  const configured = columns.some((column) => column.match?.config);
  const headerRead = headerWantsCodes(columns) && columns.every((column) => column.match);
  if (configured) return ambiguous ? ambiguity(header, ambiguous) : { read: true, kind: facts.kind };
  if (facts.rows.length < MIN_ROWS && !headerRead) return info(`${facts.rows.length} row: content alone needs ${MIN_ROWS} rows or more`);
  if (numbers.length > 2) return info(`${numbers.length} columns hold numbers: a table of measurements, not of codes`);
  // Codes come first, or after their names, or after columns that group them (`Module`, `Category`):
  // text before the key that says something new on every row is what the table is about.
  const before = texts.filter((column) => column.index < facts.firstKey);
  const label = before.find((column) => column.unique && column.shape !== 'blank');
  if (!headerRead && texts.length > 0 && (before.length === texts.length || label)) {
    return info(`"${(label ?? before[0])?.header}" comes before the ${valueColumn ? 'numbers' : 'names'}${label ? ', with a text of its own on every row' : ''}: a table of quantities or labels, not of codes`);
  }
  const key = nameColumn ?? valueColumn;
  if (!valueColumn && key && !headerRead) {
    if (key.camel > 0 || key.shape === 'words') return info(`column "${key.header}" holds ${key.camel > 0 ? 'lowerCamel names' : 'single words'} without values: fields or methods`);
    const typeColumn = columns.find((column) => column !== key && TYPE_HEADER.test(normalizeHeader(column.header)));
    if (typeColumn) return info(`column "${typeColumn.header}" gives the type of each "${key.header}": a field list`);
    const heading = facts.context.heading;
    if (heading === undefined || !TYPE_NAME.test(heading) || facts.context.first === false) {
      return info(`column "${key.header}" holds names without values, and no heading right above it names a type: an API or field list; an enum without values is read right under a heading that names it (\`## MessageType\`)`);
    }
  }
  if (ambiguous && !headerRead) return ambiguity(header, ambiguous);
  return { read: true, kind: facts.kind };
}

function ambiguity(header: string, columns: readonly Column[]): TableVerdict {
  const listed = columns.map((column) => `"${column.header}"`).join(' and ');
  return {
    read: false,
    level: 'warning',
    rule: 'table-key-ambiguous',
    reason: `Table reads like a definition (header: ${header}), but no column has a value of its own on every row: ${listed} repeat; to read it, say which column is the code in the config, e.g. "columns": { "code": [${JSON.stringify(columns[0]?.header ?? '')}] }`,
  };
}

/** The header alone says code and description (错误码 | 说明). */
function headerWantsCodes(columns: readonly Column[]): boolean {
  const roles = columns.map((column) => column.match?.role);
  return roles.includes('code') && roles.includes('description');
}
