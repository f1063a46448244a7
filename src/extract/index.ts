// Runs every recognizer over a doc, most specific first: a table taken by one
// is not looked at by the next.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Table } from 'mdast';
import type { Definition, Document } from '../model/types.js';
import { anchorsOf } from './anchors.js';
import { codeTable } from './code-table.js';
import { declaredEnum } from './declared-enum.js';
import { nativeEnum } from './native-enum.js';
import type { ColumnSynonyms } from '../infer/headers.js';
import type { Recognizer } from './recognizer.js';
import { webEnum } from './web-enum.js';

export const RECOGNIZERS: readonly Recognizer[] = [webEnum, nativeEnum, declaredEnum, codeTable];

export { columnSynonyms } from '../infer/headers.js';

export interface ExtractResult {
  definitions: Definition[];
  /** Anchors links may point at (HTML ids). */
  anchors: string[];
  diagnostics: Diagnostic[];
}

export function extractDefinitions(document: Document, synonyms: ColumnSynonyms): ExtractResult {
  const context = { synonyms, diagnostics: [] as Diagnostic[], claimed: new Set<Table>() };
  const definitions = RECOGNIZERS.flatMap((recognize) => recognize(document, context));
  return { definitions, anchors: anchorsOf(document.mdast), diagnostics: context.diagnostics };
}
