import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Document, SourceFile } from '../model/types.js';
import { readFrontMatter } from './frontmatter.js';
import { parseInPieces } from './pieces.js';
import { parseMarkdown } from './processor.js';
import type { SlicedDoc } from '../scan/slice.js';

export interface ParseResult {
  document: Document;
  diagnostics: Diagnostic[];
}

/** The doc parsed: its tree (an editor's, or parsed from its text, in the slicer's pieces when given) and front matter. */
export function parseDocument(file: SourceFile, sliced?: Pick<SlicedDoc, 'pieces' | 'references'>): ParseResult {
  const mdast = file.mdast ?? (sliced?.pieces ? parseInPieces(file.text, sliced.pieces, sliced.references) : parseMarkdown(file.text));
  const { frontMatter, diagnostics } = readFrontMatter(file.text, file.path);
  return { document: { path: file.path, docId: file.docId, hash: file.hash, frontMatter, mdast, text: file.text }, diagnostics };
}
