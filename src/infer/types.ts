// The types of a table's reading (infer/table.ts): each column's role with its reason, the
// layout recognizers read members by, the verdict, and the context the verdict depends on.
import type { ColumnRole } from '../config.js';
import type { RuleId } from '../diagnostics/rules.js';

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
  /** The role is not the one its header words say (or they say none): the cells gave it. */
  byCells?: true;
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

/** Where a table stands, as far as its verdict depends on it. */
export interface TableContext {
  /**
   * The table sits where a marker says it holds an enum's members (web-enum, native-enum, an
   * `enum` declaration above it): it is read whatever the verdict, and known headers decide
   * over the cells.
   */
  marked?: boolean;
  /** The text of the heading above the table (numbering stripped); `undefined` given: there is none; not given: unknown. */
  heading?: string | undefined;
  /** The table comes first under its heading (only paragraphs between): unknown is taken as true. */
  first?: boolean;
}

/** A header that says its column gives types (`类型`, `Type`, `数据类型`). */
const TYPE_HEADER = /^(?:.*类型|(?:data |value |field )?types?)$/;
