// Reading one doc: front matter, then (when it may hold a definition) the parse and the
// recognizers. A pure function of the doc's text and the config, so its result can be cached
// by content hash or computed in another thread (workers.ts).
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { extractDefinitions } from '../extract/index.js';
import type { ColumnSynonyms } from '../infer/headers.js';
import type { DocRead } from '../model/draft.js';
import type { FrontMatter, SourceFile } from '../model/types.js';
import { mayDefine, scanAnchors } from '../scan/prescan.js';
import { sliceForDefinitions } from '../scan/slice.js';
import { parseDocument } from './document.js';
import { beyondParseLimits } from './limits.js';
import { readFrontMatter } from './frontmatter.js';

/**
 * Reads one doc. With `fast`, a doc that cannot hold a definition (scan/prescan.ts) is not
 * parsed: its front matter is read from the text and its anchors by a line scan. A doc that
 * can is parsed only around its definitions where its block structure allows
 * (scan/slice.ts), with the anchors of the rest found by the line scan. Either gives the
 * same model; only info-level reports about tables outside definitions are left out.
 */
export function readDoc(file: SourceFile, synonyms: ColumnSynonyms, includeStatus: readonly number[], fast: boolean): DocRead {
  // A doc parsed already (an editor's tree) costs no parse: the scan would only cost time.
  return fast && !file.mdast && !mayDefine(file.text, synonyms) ? readWithoutParser(file, includeStatus) : readWithParser(file, synonyms, includeStatus, fast);
}

/** A doc that may hold a definition (or any doc, not `fast`): parsed, whole or around its definitions. */
export function readWithParser(file: SourceFile, synonyms: ColumnSynonyms, includeStatus: readonly number[], fast: boolean): DocRead {
  const tooLarge = beyondParseLimits(file.text, file.path);
  if (tooLarge) return { diagnostics: [tooLarge] };
  // A doc parsed already (file.mdast) is read whole: slicing saves a parse only.
  const sliced = fast && !file.mdast ? sliceForDefinitions(file.text, synonyms) : undefined;
  const { document, diagnostics } = parseDocument(sliced ? { ...file, text: sliced.kept } : file, sliced);
  const frontMatter = document.frontMatter ?? { isDir: false, status: 1, keywords: [] };
  if (skipReason(frontMatter, includeStatus)) return skipped(file, frontMatter, includeStatus, diagnostics);
  const extracted = extractDefinitions(document, synonyms);
  const anchors = sliced ? [...new Set([...extracted.anchors, ...scanAnchors(sliced.blanked)])] : extracted.anchors;
  return {
    doc: {
      info: { path: file.path, docId: file.docId, hash: file.hash, frontMatter },
      definitions: extracted.definitions,
      anchors,
    },
    diagnostics: [...diagnostics, ...extracted.diagnostics],
  };
}

/** A doc that cannot hold a definition: front matter from its text, anchors by a line scan, no parser. */
export function readWithoutParser(file: SourceFile, includeStatus: readonly number[]): DocRead {
  const { frontMatter: read, diagnostics } = readFrontMatter(file.text, file.path);
  const frontMatter = read ?? { isDir: false, status: 1, keywords: [] };
  if (skipReason(frontMatter, includeStatus)) return skipped(file, frontMatter, includeStatus, diagnostics);
  const info = { path: file.path, docId: file.docId, hash: file.hash, frontMatter };
  return { doc: { info, definitions: [], anchors: scanAnchors(file.text) }, diagnostics };
}

function skipReason(frontMatter: FrontMatter, includeStatus: readonly number[]): string | undefined {
  if (frontMatter.isDir) return 'is_dir is true';
  return includeStatus.includes(frontMatter.status) ? undefined : `status is ${frontMatter.status}`;
}

function skipped(file: SourceFile, frontMatter: FrontMatter, includeStatus: readonly number[], diagnostics: Diagnostic[]): DocRead {
  const why = skipReason(frontMatter, includeStatus) ?? '';
  return { diagnostics: [...diagnostics, createDiagnostic('doc-skipped', `Doc skipped: ${why}`, file.path, { line: 1, column: 1 })] };
}
