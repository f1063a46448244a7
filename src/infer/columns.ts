// A table's columns as the inference sees them: what the header says (infer/headers.ts), what
// the cells hold (infer/cells.ts), and from both, what each column can be.
import { cellShape, NAME_SHAPES, SEVERAL_CODES, SINGLE_CODE, type CellShape } from './cells.js';
import { headerRole, type ColumnSynonyms, type HeaderMatch } from './headers.js';
import type { ColumnShape } from './types.js';

/** A column is a type column (a parameter or field table) when this share of its cells are type words. */
const TYPE_SHARE = 0.6;

export interface Column {
  index: number;
  header: string;
  match?: HeaderMatch;
  shape: ColumnShape;
  unique: boolean;
  /** How many different values its cells hold (blank and ditto cells left out). */
  distinct: number;
  /** Every row has a cell of its own here (none blank, none ditto). */
  complete: boolean;
  /** Share of its names in lower camel case (fields and methods are named so). */
  camel: number;
  /** The first cell that is no code (1-based body row and text), for a column that is not all codes. */
  notACode?: { row: number; text: string };
  /** Share of its cells (blank and ditto ones left out) that are one code each (`0`, `0x1F`, `ERR_X`). */
  codeShare: number;
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
  // At least as many identifiers as plain words: `All | iOS | Android` are words, `OK | ERR_BUSY` names.
  if (names > 0 && names >= words && names + words === seen.length) return 'names';
  if (words === seen.length) return 'words';
  return 'text';
}

/** Each column's header match and cell facts. */
export function columnsOf(headers: readonly string[], rows: readonly (readonly string[])[], synonyms: ColumnSynonyms): Column[] {
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
      distinct: new Set(keyed).size,
      complete: keyed.length === cells.length,
      camel: names.length === 0 ? 0 : names.filter((shape) => shape === 'camel').length / names.length,
      codeShare: keyed.length === 0 ? 0 : shapes.filter((shape) => SINGLE_CODE.has(shape)).length / keyed.length,
    };
    const match = headerRole(header, synonyms);
    if (match) column.match = match;
    const odd = shapes.findIndex((shape) => shape !== 'blank' && shape !== 'ditto' && !SINGLE_CODE.has(shape));
    if (odd !== -1) column.notACode = { row: odd + 1, text: cells[odd]?.trim() ?? '' };
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

/** What a column's header and cells said, for its reason. */
export function reasonOf(column: Column): string {
  return `${headerSays(column)}; ${cellsSay(column)}`;
}

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
export type Kind = 'number' | 'name' | 'text' | 'other';

export function kindOf(column: Column, trustHeader: boolean): Kind {
  const role = column.match?.role;
  if (role === 'attribute') return 'other';
  // The config decides; so do known headers in a marked enum section (类型: `enum`, 枚举值),
  // where a value cell may hold an expression (`1 << 3`) that reads as text, and in a table
  // whose every header is known and says code and description (错误码 | 说明 | 处理方法),
  // where a code may be any text (`a"b`).
  if (column.match?.config || (trustHeader && role)) {
    // A code column of names (`ErrCode`: `InvalidParameter`) beside one of numbers names the codes.
    if (role === 'code' && !column.match?.config && (column.shape === 'names' || column.shape === 'calls')) return 'name';
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

/** The header alone says code and description (错误码 | 说明). */
export function headerWantsCodes(columns: readonly Column[]): boolean {
  const roles = columns.map((column) => column.match?.role);
  return roles.includes('code') && roles.includes('description');
}

/** Every header is known, and they say code and description: the header alone reads the table. */
export function headerReads(columns: readonly Column[]): boolean {
  return headerWantsCodes(columns) && columns.every((column) => column.match);
}
