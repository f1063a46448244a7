// Per-doc work (parse → front matter → extract) and the model built from it. Each doc is
// read on its own, by a pure function of its text and the config, so the result can be
// cached by content hash or computed in another thread.
import path from 'node:path';
import { CONFIG_FILE_NAME, localesOf, type ResolvedConfig } from './config.js';
import { createDiagnostic, sortDiagnostics, type Diagnostic } from './diagnostics/diagnostic.js';
import { columnSynonyms, extractDefinitions } from './extract/index.js';
import type { ColumnSynonyms } from './extract/columns.js';
import { buildModel, type DocDefinitions } from './model/build.js';
import { mergeTranslation } from './model/translate.js';
import type { FrontMatter, Model, SourceFile } from './model/types.js';
import { parseDocument } from './parse/document.js';
import { readFrontMatterText } from './parse/frontmatter.js';
import { mayDefine, scanAnchors } from './extract/prescan.js';
import { compareText } from './util/order.js';
import { DocCache } from './cache/doc-cache.js';

export interface DocRead {
  /** Undefined when the doc is skipped (is_dir, status). */
  doc?: DocDefinitions;
  diagnostics: Diagnostic[];
}

/**
 * Reads one doc. With `fast`, a doc that cannot hold a definition (extract/prescan.ts) is not
 * parsed: its front matter is read from the text and its anchors by a line scan, which gives
 * the same model; only info-level reports about its tables are left out.
 */
export function readDoc(file: SourceFile, synonyms: ColumnSynonyms, includeStatus: readonly number[], fast = false): DocRead {
  if (fast && !mayDefine(file.text, synonyms)) {
    const { frontMatter: read, diagnostics } = readFrontMatterText(file.text, file.path);
    const frontMatter = read ?? { isDir: false, status: 1, keywords: [] };
    if (skipReason(frontMatter, includeStatus)) return skipped(file, frontMatter, includeStatus, diagnostics);
    const info = { path: file.path, docId: file.docId, hash: file.hash, frontMatter };
    return { doc: { info, definitions: [], anchors: scanAnchors(file.text) }, diagnostics };
  }
  const { document, diagnostics } = parseDocument(file);
  const frontMatter = document.frontMatter ?? { isDir: false, status: 1, keywords: [] };
  if (skipReason(frontMatter, includeStatus)) return skipped(file, frontMatter, includeStatus, diagnostics);
  const extracted = extractDefinitions(document, synonyms);
  return {
    doc: {
      info: { path: file.path, docId: file.docId, hash: file.hash, frontMatter },
      definitions: extracted.definitions,
      anchors: extracted.anchors,
    },
    diagnostics: [...diagnostics, ...extracted.diagnostics],
  };
}

function skipReason(frontMatter: FrontMatter, includeStatus: readonly number[]): string | undefined {
  if (frontMatter.isDir) return 'is_dir is true';
  return includeStatus.includes(frontMatter.status) ? undefined : `status is ${frontMatter.status}`;
}

function skipped(file: SourceFile, frontMatter: FrontMatter, includeStatus: readonly number[], diagnostics: Diagnostic[]): DocRead {
  const why = skipReason(frontMatter, includeStatus) ?? '';
  return { diagnostics: [...diagnostics, createDiagnostic('doc-skipped', `Doc skipped: ${why}`, file.path, { line: 1, column: 1 })] };
}

export interface ModelFromFiles {
  model: Model;
  diagnostics: Diagnostic[];
}

/**
 * The model of `files`, in any order: they are sorted by path first, so the result
 * never depends on the order a file system or a glob returns them in.
 */
export interface ReadOptions {
  /** Whether every doc of the set is read (else links to and names of the others are not checked). */
  wholeDocSet: boolean;
  cache?: DocCache;
  /** Translated docs per locale. */
  translations?: ReadonlyMap<string, readonly SourceFile[]>;
  /** Parse only docs that can hold a definition (the default); false parses every doc. */
  fast?: boolean;
}

export function modelFromFiles(files: readonly SourceFile[], config: ResolvedConfig, options: ReadOptions): ModelFromFiles {
  const { wholeDocSet, cache, translations = new Map<string, readonly SourceFile[]>(), fast = true } = options;
  const source = modelOfDocs(files, config, wholeDocSet, cache, fast);
  const diagnostics = [...source.diagnostics];
  for (const locale of source.model.locales.slice(1)) {
    // Translated docs go through the same pipeline; links to docs they do not include are the originals' to check.
    const translated = modelOfDocs(translations.get(locale) ?? [], config, false, cache, fast);
    diagnostics.push(...translated.diagnostics, ...mergeTranslation(source.model, locale, translated.model));
  }
  return { model: source.model, diagnostics: sortDiagnostics(diagnostics) };
}

function modelOfDocs(files: readonly SourceFile[], config: ResolvedConfig, wholeDocSet: boolean, cache: DocCache | undefined, fast: boolean): ModelFromFiles {
  const synonyms = columnSynonyms(config.columns);
  const sorted = [...files].sort((a, b) => compareText(a.path, b.path));
  const diagnostics: Diagnostic[] = [];
  const docs: DocDefinitions[] = [];
  // What changes a doc's result besides its text: the header synonyms and the statuses read.
  const extractConfig = { columns: config.columns, includeStatus: config.includeStatus, fast };
  for (const file of sorted) {
    const key = cache && DocCache.key(file, extractConfig);
    let read = key === undefined ? undefined : cache?.get(key);
    if (!read) {
      read = readDoc(file, synonyms, config.includeStatus, fast);
      if (key !== undefined) cache?.set(key, read);
    }
    diagnostics.push(...read.diagnostics);
    if (read.doc) docs.push(read.doc);
  }
  const built = buildModel(docs, {
    docsBaseUrl: config.docsBaseUrl,
    names: config.names,
    modules: config.modules,
    constants: config.constants,
    // Reading some docs only, links to the others and their names cannot be checked.
    wholeDocSet,
    // Diagnostics name files relative to the project, like docs.
    configPath: config.configPath ? path.relative(config.root, config.configPath).split(path.sep).join('/') : CONFIG_FILE_NAME,
    ...localesOf(config),
  });
  diagnostics.push(...built.diagnostics);
  return { model: built.model, diagnostics: sortDiagnostics(diagnostics) };
}
