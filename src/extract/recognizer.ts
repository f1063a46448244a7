import type { Table } from 'mdast';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Definition, Document } from '../model/types.js';
import type { ColumnSynonyms } from '../infer/headers.js';

export interface ExtractContext {
  synonyms: ColumnSynonyms;
  diagnostics: Diagnostic[];
  /** Tables already taken by an earlier recognizer; later ones leave them alone. */
  claimed: Set<Table>;
}

/** A small pure function: one doc in, the definitions it recognizes out. */
export type Recognizer = (document: Document, context: ExtractContext) => Definition[];
