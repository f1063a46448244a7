import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Document, SourceFile } from '../model/types.js';
import { readFrontMatter } from './frontmatter.js';
import { parseMarkdown } from './processor.js';

export interface ParseResult {
  document: Document;
  diagnostics: Diagnostic[];
}

export function parseDocument(file: SourceFile): ParseResult {
  const mdast = file.mdast ?? parseMarkdown(file.text);
  const { frontMatter, diagnostics } = readFrontMatter(file.text, file.path);
  return { document: { path: file.path, docId: file.docId, hash: file.hash, frontMatter, mdast, text: file.text }, diagnostics };
}
