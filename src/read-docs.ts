// Per-doc work (parse → front matter → extract) and the model built from it. Each doc is
// read on its own, by a pure function of its text and the config, so the result can be
// cached by content hash or computed in another thread.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { CONFIG_FILE_NAME, localesOf, type ResolvedConfig } from './config.js';
import { createDiagnostic, sortDiagnostics, type Diagnostic } from './diagnostics/diagnostic.js';
import { columnSynonyms, extractDefinitions } from './extract/index.js';
import type { ColumnSynonyms } from './extract/columns.js';
import { buildModel } from './model/build.js';
import type { DocDefinitions, DocRead } from './model/draft.js';
import type { ModelMemo } from './model/memo.js';
import { mergeTranslation } from './model/translate.js';
import type { FrontMatter, Model, SourceFile } from './model/types.js';
import { parseDocument } from './parse/document.js';
import { readFrontMatter } from './parse/frontmatter.js';
import { mayDefine, scanAnchors } from './extract/prescan.js';
import { sliceForDefinitions } from './extract/slice.js';
import { compareText } from './util/order.js';
import { decodeDocRead, DocCache } from './cache/doc-cache.js';


/**
 * Reads one doc. With `fast`, a doc that cannot hold a definition (extract/prescan.ts) is not
 * parsed: its front matter is read from the text and its anchors by a line scan. A doc that
 * can is parsed only around its definitions where its block structure allows
 * (extract/slice.ts), with the anchors of the rest found by the line scan. Either gives the
 * same model; only info-level reports about tables outside definitions are left out.
 */
export function readDoc(file: SourceFile, synonyms: ColumnSynonyms, includeStatus: readonly number[], fast = false): DocRead {
  if (fast && !mayDefine(file.text, synonyms)) return readWithoutParser(file, includeStatus);
  const sliced = fast ? sliceForDefinitions(file.text, synonyms) : undefined;
  const { document, diagnostics } = parseDocument(sliced ? { ...file, text: sliced.kept } : file);
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
function readWithoutParser(file: SourceFile, includeStatus: readonly number[]): DocRead {
  const { frontMatter: read, diagnostics } = readFrontMatter(file.text, file.path);
  const frontMatter = read ?? { isDir: false, status: 1, keywords: [] };
  if (skipReason(frontMatter, includeStatus)) return skipped(file, frontMatter, includeStatus, diagnostics);
  const info = { path: file.path, docId: file.docId, hash: file.hash, frontMatter };
  return { doc: { info, definitions: [], anchors: scanAnchors(file.text) }, diagnostics };
}

/** Below this much text to parse, threads cost more than they save. */
const PARALLEL_MIN_BYTES = 1 << 20;

/**
 * Reads docs with remark: on `config.threads` worker threads when there is enough text, else
 * here. Measured on 2-core machines, two threads parsed no faster than one (the parse is
 * bound by memory, not by the core), so one thread is the default. Workers run the built code (dist/read-worker.js); without it, everything
 * is read here.
 */
async function readInParallel(files: readonly SourceFile[], config: ResolvedConfig, fast: boolean, onParsed?: (done: number, total: number) => void): Promise<[SourceFile, DocRead][]> {
  const bytes = files.reduce((sum, file) => sum + file.text.length, 0);
  const threads = Math.min(config.threads, availableParallelism(), files.length);
  const worker = workerScript();
  if (bytes < PARALLEL_MIN_BYTES || threads < 2 || !worker) {
    const synonyms = columnSynonyms(config.columns);
    return files.map((file, index) => {
      const read = readDoc(file, synonyms, config.includeStatus, fast);
      onParsed?.(index + 1, files.length);
      return [file, read];
    });
  }
  // Largest first, each to the least loaded thread: the big docs decide the time.
  const loads = Array.from({ length: threads }, () => ({ bytes: 0, files: [] as SourceFile[] }));
  for (const file of [...files].sort((a, b) => b.text.length - a.text.length)) {
    const least = loads.reduce((min, load) => (load.bytes < min.bytes ? load : min));
    least.bytes += file.text.length;
    least.files.push(file);
  }
  const results = await Promise.all(
    loads.map(
      (load) =>
        new Promise<[SourceFile, DocRead][]>((resolve, reject) => {
          const thread = new Worker(worker);
          thread.once('error', reject);
          thread.once('message', (encoded: string[]) => {
            void thread.terminate();
            const reads = encoded.map((data) => decodeDocRead(data));
            if (reads.some((read) => read === undefined)) reject(new Error('a worker returned an unreadable result'));
            else resolve(load.files.map((file, index) => [file, reads[index] as DocRead]));
          });
          thread.postMessage({ files: load.files, columns: config.columns, includeStatus: config.includeStatus, fast });
        }),
    ),
  );
  onParsed?.(files.length, files.length);
  return results.flat();
}

function workerScript(): URL | undefined {
  // Running from dist/, the worker is a sibling; under the test runner (src/*.ts), the built one.
  for (const candidate of ['./read-worker.js', '../dist/read-worker.js']) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(url)) return url;
  }
  return undefined;
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
  /** Model parts kept between runs (watch mode). */
  memo?: ModelMemo;
  /** Told how many of the docs that need remark have been parsed, of how many. */
  onParsed?: (done: number, total: number) => void;
}

export async function modelFromFiles(files: readonly SourceFile[], config: ResolvedConfig, options: ReadOptions): Promise<ModelFromFiles> {
  const { wholeDocSet, cache, translations = new Map<string, readonly SourceFile[]>(), fast = true, memo, onParsed } = options;
  const source = await modelOfDocs(files, config, { wholeDocSet, cache, fast, memo, onParsed });
  const diagnostics = [...source.diagnostics];
  for (const locale of source.model.locales.slice(1)) {
    // Translated docs go through the same pipeline; links to docs they do not include are the originals' to check.
    const translated = await modelOfDocs(translations.get(locale) ?? [], config, { wholeDocSet: false, cache, fast, memo, onParsed });
    diagnostics.push(...translated.diagnostics, ...mergeTranslation(source.model, locale, translated.model, memo?.translated));
  }
  return { model: source.model, diagnostics: sortDiagnostics(diagnostics) };
}

async function modelOfDocs(
  files: readonly SourceFile[],
  config: ResolvedConfig,
  { wholeDocSet, cache, fast = true, memo, onParsed }: ReadOptions,
): Promise<ModelFromFiles> {
  const synonyms = columnSynonyms(config.columns);
  const sorted = [...files].sort((a, b) => compareText(a.path, b.path));
  const diagnostics: Diagnostic[] = [];
  const docs: DocDefinitions[] = [];
  // What changes a doc's result besides its text: the header synonyms and the statuses read.
  const extractConfig = { columns: config.columns, includeStatus: config.includeStatus, fast };
  const reads = new Map<string, DocRead>();
  const fresh = new Map<string, DocRead>();
  const toParse: SourceFile[] = [];
  for (const file of sorted) {
    const read = cache?.get(DocCache.key(file, extractConfig));
    if (read) reads.set(file.path, read);
    // Docs that need no parser are read at once; the others, maybe in parallel, below.
    else if (fast && !mayDefine(file.text, synonyms)) fresh.set(file.path, readWithoutParser(file, config.includeStatus));
    else toParse.push(file);
  }
  for (const [file, read] of await readInParallel(toParse, config, fast, onParsed)) fresh.set(file.path, read);
  for (const file of sorted) {
    const read = reads.get(file.path) ?? fresh.get(file.path);
    if (!read) continue;
    if (fresh.has(file.path)) cache?.set(DocCache.key(file, extractConfig), read);
    // Docs from sites without front matter: its absence is no news (config requireFrontMatter).
    diagnostics.push(...(config.requireFrontMatter ? read.diagnostics : read.diagnostics.filter((diagnostic) => diagnostic.ruleId !== 'frontmatter-missing')));
    if (read.doc) docs.push(read.doc);
  }
  const built = buildModel(docs, {
    docsBaseUrl: config.docsBaseUrl,
    names: config.names,
    modules: config.modules,
    constants: config.constants,
    crossDoc: config.crossDocCheck && config.platformFamilies,
    // Reading some docs only, links to the others and their names cannot be checked.
    wholeDocSet,
    // Diagnostics name files relative to the project, like docs.
    configPath: config.configPath ? path.relative(config.root, config.configPath).split(path.sep).join('/') : CONFIG_FILE_NAME,
    ...localesOf(config),
  }, memo);
  diagnostics.push(...built.diagnostics);
  return { model: built.model, diagnostics: sortDiagnostics(diagnostics) };
}
