// Rule 2 of README's "What it reads": whether a table's content makes it a definition, and when
// not, why, at which level (silent, info, or a warning that names the config that reads it).
import { marksNonDefinition, normalizeHeader } from './headers.js';
import { headerReads, headerWantsCodes, type Column } from './columns.js';
import type { TableContext, TableVerdict } from './types.js';

/** Fewer body rows than this and content alone does not make a definition. */
export const MIN_ROWS = 2;
/** A header that says its column gives types (`类型`, `Type`, `数据类型`). */
const TYPE_HEADER = /^(?:.*类型|(?:data |value |field )?types?)$/;
/** A heading that names a type: `MessageType`, `Enums.Reason`. */
const TYPE_NAME = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/;

/** What the verdict is taken from: the columns by what they can be, and the keys chosen. */
export interface Facts {
  columns: readonly Column[];
  rows: number;
  numbers: readonly Column[];
  names: readonly Column[];
  texts: readonly Column[];
  nameColumn: Column | undefined;
  valueColumn: Column | undefined;
  ambiguous: readonly Column[] | undefined;
  firstKey: number;
  kind: 'codes' | 'enum';
  context: TableContext;
}

/** Rule 2 of README's "What it reads": when content makes a table a definition, and why not. */
export function verdictOf(facts: Facts): TableVerdict {
  const { columns, numbers, names, texts, nameColumn, valueColumn, ambiguous } = facts;
  if (facts.context.marked) return { read: true, kind: 'enum' };
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
      reason: `Table reads like a code table by its header (${header}), but column "${code?.header}" holds text, not codes or names${code?.notACode ? ` (row ${code.notACode.row}: \`${code.notACode.text.replace(/\n/g, ' ')}\`)` : ''}; if it is one, read it as written with "columns": { "code": [${JSON.stringify(code?.header ?? '')}] } in the config`,
    };
  }
  if (texts.length === 0 && !(nameColumn && valueColumn)) return { read: false, level: 'silent', rule: 'table-ignored', reason: 'no text column' };
  const configured = columns.some((column) => column.match?.config);
  const headerRead = headerReads(columns);
  if (configured) return ambiguous ? ambiguity(header, ambiguous) : { read: true, kind: facts.kind };
  if (facts.rows < MIN_ROWS && !headerRead) return info(`${facts.rows} row: content alone needs ${MIN_ROWS} rows or more`);
  if (numbers.length > 2) return info(`${numbers.length} columns hold numbers: a table of measurements, not of codes`);
  // Codes come first, or after their names, or after columns that group them (`Module`, `Category`):
  // text before the key that says something new on every row is what the table is about.
  const before = texts.filter((column) => column.index < facts.firstKey);
  // A column with blank cells groups the rows under it (`Category`, with continuation rows): no label.
  const label = before.find((column) => column.unique && column.complete && column.shape !== 'blank');
  if (!headerRead && texts.length > 0 && (before.length === texts.length || label)) {
    return info(`"${(label ?? before[0])?.header}" comes before the ${valueColumn ? 'numbers' : 'names'}${label ? ', with a text of its own on every row' : ''}: a table of quantities or labels, not of codes`);
  }
  // Names that repeat (overloads in a method list) are still names without values.
  const key = nameColumn ?? valueColumn ?? (numbers.length === 0 ? names[0] : undefined);
  const typo = valueColumn ? undefined : valueTypo(columns, key, header);
  if (typo) return typo;
  // `NAME(value)` cells give their values.
  if (!valueColumn && key && key.shape !== 'calls' && !headerRead) {
    // Its header says these are codes: not silence, but the config that reads them.
    if (key.match?.role === 'code') return namesUnderCodeHeader(key, header);
    if (key.camel > 0 || key.shape === 'words') return info(`column "${key.header}" holds ${key.camel > 0 ? 'lowerCamel names' : 'single words'} without values: fields or methods`);
    const typeColumn = columns.find((column) => column !== key && TYPE_HEADER.test(normalizeHeader(column.header)));
    if (typeColumn) return info(`column "${typeColumn.header}" gives the type of each "${key.header}": a field list`);
    // No heading known (a scan that found none): the wider verdict.
    const { heading, first } = facts.context;
    if ((heading !== undefined && !TYPE_NAME.test(heading)) || first === false || (heading === undefined && 'heading' in facts.context)) {
      return info(`column "${key.header}" holds names without values, and no heading right above it names a type: an API or field list; an enum without values is read right under a heading that names it (\`## MessageType\`)`);
    }
  }
  // A header that names one code column reads it even with repeats (the model then reports them); with no column to read, it cannot.
  if (ambiguous && (!headerRead || !valueColumn)) return ambiguity(header, ambiguous);
  return { read: true, kind: facts.kind };
}

/**
 * A key column whose header says code but whose cells are names with no value beside them: an
 * error-code table whose codes are words (`HUB_BUSY`), or a list of API names under a code-like
 * header. A warning, not a read: the config says which.
 */
function namesUnderCodeHeader(key: Column, header: string): TableVerdict {
  return {
    read: false,
    level: 'warning',
    rule: 'table-near-miss',
    reason: `Table reads like a code table by its header (${header}), but column "${key.header}" holds names, with no value beside them and no heading above that names a type; if the names are the codes, read it as written with "columns": { "code": [${JSON.stringify(key.header)}] } in the config`,
  };
}

/**
 * A column its header calls the value, mostly values but not all, beside a key: an enum with a
 * typo in it, which would otherwise be dropped as a list of names. A warning, not a read: the
 * cells disagree with the header, and the config decides.
 */
function valueTypo(columns: readonly Column[], key: Column | undefined, header: string): TableVerdict | undefined {
  const values = columns.find((column) => column !== key && column.match?.role === 'value' && column.codeShare >= 0.5 && column.notACode);
  if (!key || !values?.notACode) return undefined;
  const { row, text } = values.notACode;
  return {
    read: false,
    level: 'warning',
    rule: 'table-near-miss',
    reason: `Table reads like an enum by its header (${header}), but column "${values.header}" holds a cell that is no value (row ${row}: \`${text.replace(/\n/g, ' ')}\`); fix the cell, or read the table as written with "columns": { "value": [${JSON.stringify(values.header)}] } in the config`,
  };
}

/** The column most like a code among those that repeat: the most different values, then a header without an `HTTP` prefix, then the first. */
function likeliestCode(columns: readonly Column[]): Column | undefined {
  const http = (column: Column): number => (/^http/i.test(column.header.trim()) ? 1 : 0);
  return [...columns].sort((a, b) => b.distinct - a.distinct || http(a) - http(b) || a.index - b.index)[0];
}

function ambiguity(header: string, columns: readonly Column[]): TableVerdict {
  const listed = columns.map((column) => `"${column.header}"`).join(' and ');
  return {
    read: false,
    level: 'warning',
    rule: 'table-key-ambiguous',
    reason: `Table reads like a definition (header: ${header}), but no column has a value of its own on every row: ${listed} repeat; to read it, say which column is the code in the config, e.g. "columns": { "code": [${JSON.stringify(likeliestCode(columns)?.header ?? '')}] }`,
  };
}
