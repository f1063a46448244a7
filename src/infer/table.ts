// Reading a table by what it holds: each column gets a role from its header and from its
// cells, with the reason, and the table a verdict: a definition (and which columns name,
// value and describe its members), or not (and why, at which level). Pure: texts in, roles
// out. The recognizers (extract/) ask for roles, never for header words; the prescan
// (scan/) asks the same question of a table's raw lines (infer/lines.ts).
import type { ColumnRole } from '../config.js';
import { columnsOf, headerReads, kindOf, reasonOf, type Column, type Kind } from './columns.js';
import type { ColumnSynonyms } from './headers.js';
import type { ColumnInference, TableContext, TableInference, TableLayout } from './types.js';
import { verdictOf } from './verdict.js';

export type { ColumnInference, ColumnShape, TableContext, TableInference, TableLayout, TableVerdict } from './types.js';

/** The columns that key the members: a name column, a value (or code) column, or, when no column can, the ones that repeat. */
interface Keys {
  nameColumn: Column | undefined;
  valueColumn: Column | undefined;
  ambiguous: Column[] | undefined;
}

/** The first of `candidates` whose header says one of `roles`, in that order; else the first. */
function prefer(candidates: readonly Column[], ...roles: ColumnRole[]): Column | undefined {
  for (const role of roles) {
    const found = candidates.find((column) => column.match?.role === role);
    if (found) return found;
  }
  return candidates[0];
}

/**
 * Rule 3 of README's "What it reads": names must be unique; of several number columns the
 * unique one is the code (the others are attributes); when none is, the table is ambiguous.
 * In a marked section the header's choice stands.
 */
function keysOf(numbers: readonly Column[], names: readonly Column[], marked: boolean): Keys {
  const nameColumn = prefer(
    names.filter((column) => column.unique || marked || column.match?.config),
    'name',
    'code',
  );
  const uniqueNumbers = numbers.filter((column) => column.unique || column.match?.config);
  let valueColumn: Column | undefined;
  let ambiguous: Column[] | undefined;
  if (numbers.length === 1 || marked) valueColumn = prefer(numbers, 'value', 'code');
  else if (uniqueNumbers.length > 0) valueColumn = prefer(uniqueNumbers, 'value', 'code');
  else if (numbers.length > 1) ambiguous = [...numbers];
  if (!marked && !nameColumn && valueColumn && !valueColumn.unique) ambiguous = [valueColumn, ...names];
  if (!marked && !nameColumn && !valueColumn && names.length > 0) ambiguous = [...names];
  return { nameColumn, valueColumn, ambiguous };
}

/** What each column can be; a column of single words under an unknown header (`Module`: `download`) is an attribute when the table has prose. */
function kindsOf(columns: readonly Column[], marked: boolean): Kind[] {
  const kinds = columns.map((column) => kindOf(column, marked || headerReads(columns)));
  // A text header over identifiers (`Http状态码 | Message | 错误说明`, Message: `InvalidArgument`)
  // names the codes when another column describes them: the cells decide.
  // A marked table is an enum's members: without a column of identifiers, its first column of single words names them (`Verbose | 0`).
  if (marked && !kinds.includes('name')) {
    const words = columns.findIndex((column) => column.shape === 'words');
    if (words !== -1) kinds[words] = 'name';
  }
  if (!marked && !columns.some((column) => column.match?.role === 'name')) {
    const named = columns.findIndex((column, index) => kinds[index] === 'text' && column.shape === 'names' && !column.match?.config && column.unique);
    const described = columns.some((column, index) => index !== named && kinds[index] === 'text' && column.shape === 'text');
    if (named !== -1 && described) kinds[named] = 'name';
  }
  if (!marked && columns.some((column, index) => kinds[index] === 'text' && column.shape === 'text')) {
    columns.forEach((column, index) => {
      if (kinds[index] === 'text' && column.shape === 'words' && !column.match) kinds[index] = 'other';
    });
  }
  return kinds;
}

/** The header's words give the role (a code header over the value column counts: it is the code). */
function headerAgrees(column: Column, role: ColumnRole): boolean {
  const said = column.match?.role;
  return said === role || ((said === 'code' || said === 'value') && (role === 'code' || role === 'value'));
}

/** Roles and a verdict for a table (see TableContext). */
export function inferTable(headers: readonly string[], rows: readonly (readonly string[])[], synonyms: ColumnSynonyms, context: TableContext = {}): TableInference {
  const marked = context.marked === true;
  const columns = columnsOf(headers, rows, synonyms);
  const kinds = kindsOf(columns, marked);
  const of = (kind: Kind): Column[] => columns.filter((_, index) => kinds[index] === kind);
  const numbers = of('number');
  const names = of('name');
  const texts = of('text');
  const { nameColumn, valueColumn, ambiguous } = keysOf(numbers, names, marked);
  const keys = [nameColumn, valueColumn].filter((column): column is Column => column !== undefined);
  const firstKey = Math.min(...(keys.length > 0 ? keys : (ambiguous ?? [])).map((column) => column.index));
  const solution = texts.find((column) => column.match?.role === 'solution');
  // Text after the key describes the members; text before it groups them (`Category`, `Module`).
  const descriptions = texts.filter((column) => column !== solution && (marked || column.index > firstKey));
  const groups = marked ? [] : columns.filter((column, index) => column.index < firstKey && (kinds[index] === 'text' || kinds[index] === 'other') && !keys.includes(column));
  const layout: TableLayout = {
    name: nameColumn?.index ?? (marked ? -1 : (valueColumn?.index ?? -1)),
    value: valueColumn?.index ?? -1,
    valueInName: !valueColumn && (marked || nameColumn?.shape === 'calls'),
    descriptions: descriptions.map((column) => column.index),
    solution: solution?.index ?? -1,
    attributes: columns.filter((column) => !keys.includes(column) && column !== solution && !descriptions.includes(column)).map((column) => column.index),
  };
  const kind = valueColumn && !nameColumn ? 'codes' : nameColumn?.match?.role === 'code' || valueColumn?.match?.role === 'code' ? 'codes' : 'enum';
  const roleOf = (column: Column): ColumnRole => {
    if (column === nameColumn) return kind === 'codes' && !valueColumn ? 'code' : 'name';
    if (column === valueColumn) return kind === 'codes' && !nameColumn ? 'code' : 'value';
    if (column === solution) return 'solution';
    return descriptions.includes(column) ? 'description' : 'attribute';
  };
  const inference = columns.map((column): ColumnInference => {
    const role = roleOf(column);
    const entry: ColumnInference = { header: column.header, role, reason: reasonOf(column), shape: column.shape };
    if (groups.includes(column)) entry.inherits = true;
    if (!headerAgrees(column, role)) entry.byCells = true;
    return entry;
  });
  const verdict = verdictOf({ columns, rows: rows.length, numbers, names, texts, nameColumn, valueColumn, ambiguous, firstKey, kind, context });
  return { columns: inference, layout, verdict };
}
