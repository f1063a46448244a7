import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Document, SourceFile } from '../model/types.js';
import { readFrontMatter } from './frontmatter.js';
import { parseInPieces } from './pieces.js';
import { parseMarkdown } from './processor.js';
import type { TextPiece } from '../scan/slice.js';

export interface ParseResult {
  document: Document;
  diagnostics: Diagnostic[];
}

/** The doc parsed: its tree (an editor's, or parsed from its text, in `pieces` when given) and front matter. */
export function parseDocument(file: SourceFile, pieces?: readonly TextPiece[]): ParseResult {
  const mdast = file.mdast ?? (pieces ? parseInPieces(file.text, pieces) : parseMarkdown(file.text));
  const { frontMatter, diagnostics } = readFrontMatter(file.text, file.path);
  return { document: { path: file.path, docId: file.docId, hash: file.hash, frontMatter, mdast, text: file.text }, diagnostics };
}
