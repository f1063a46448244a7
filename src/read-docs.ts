// The model of a set of docs: each doc's read (parse/read.ts) from the cache, without the
// parser (scan/prescan.ts decides, once per doc), or parsed (parse/workers.ts); then the
// model built of them, with the translated docs merged in.
import path from 'node:path';
import { DocCache } from './cache/doc-cache.js';
import { CONFIG_FILE_NAME, localesOf, type ResolvedConfig } from './config.js';
import { sortDiagnostics, type Diagnostic } from './diagnostics/diagnostic.js';
import { columnSynonyms } from './infer/headers.js';
import { buildModel } from './model/build.js';
import type { DocDefinitions, DocRead } from './model/draft.js';
import { NO_MEMO, type ModelMemo } from './model/memo.js';
import { mergeTranslation } from './model/translate.js';
import type { Model, SourceFile } from './model/types.js';
import { readWithoutParser } from './parse/read.js';
import { readInParallel, startWorkers, type ParallelOptions } from './parse/workers.js';
import { mayDefine } from './scan/prescan.js';
import { compareText } from './util/order.js';
import { optional } from './util/optional.js';

export interface ModelFromFiles {
  model: Model;
  diagnostics: Diagnostic[];
}

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
  /** Let each doc's text go once the doc is read (BuildModelOptions.releaseTexts). */
  releaseTexts?: boolean;
  /** Called once the docs to parse have gone to worker threads (BuildModelOptions.whileParsing). */
  whileParsing?: () => void;
}

/**
 * The model of `files`, in any order: they are sorted by path first, so the result
 * never depends on the order a file system or a glob returns them in.
 */
export async function modelFromFiles(files: readonly SourceFile[], config: ResolvedConfig, options: ReadOptions): Promise<ModelFromFiles> {
  const { wholeDocSet, cache, translations = new Map<string, readonly SourceFile[]>(), fast = true, memo = NO_MEMO, onParsed, releaseTexts, whileParsing } = options;
  const source = await modelOfSet(files, config, { wholeDocSet, cache, fast, memo, onParsed, releaseTexts, whileParsing });
  const diagnostics = [...source.diagnostics];
  for (const locale of source.model.locales.slice(1)) {
    // Translated docs go through the same pipeline; links to docs they do not include are the originals' to check.
    const translated = await modelOfSet(translations.get(locale) ?? [], config, { wholeDocSet: false, cache, fast, memo, onParsed, releaseTexts });
    diagnostics.push(...translated.diagnostics, ...mergeTranslation(source.model, locale, translated.model, memo));
  }
  return { model: source.model, diagnostics: sortDiagnostics(diagnostics) };
}

/** The model of one set of docs: the docs, or one locale's translated docs. */
async function modelOfSet(
  files: readonly SourceFile[],
  config: ResolvedConfig,
  { wholeDocSet, cache, fast, memo, onParsed, releaseTexts, whileParsing }: ReadOptions & { fast: boolean; memo: ModelMemo },
): Promise<ModelFromFiles> {
  const sorted = [...files].sort((a, b) => compareText(a.path, b.path));
  const diagnostics: Diagnostic[] = [];
  const docs: DocDefinitions[] = [];
  // What changes a doc's result besides its text: the header synonyms and the statuses read.
  const extractConfig = { columns: config.columns, includeStatus: config.includeStatus, fast };
  const reads = new Map<string, DocRead>();
  // Only the text goes: path and hash still key the cache and the run record.
  const release = (file: SourceFile): void => {
    if (releaseTexts) file.text = '';
  };
  const unread: SourceFile[] = [];
  for (const file of sorted) {
    const read = cache?.get(DocCache.key(file, extractConfig));
    if (read) {
      reads.set(file.path, read);
      release(file);
    } else unread.push(file);
  }
  const fresh = await readFresh(unread, config, { fast, release, ...optional('onParsed', onParsed), ...optional('whileParsing', whileParsing) });
  for (const file of sorted) {
    const read = reads.get(file.path) ?? fresh.get(file.path);
    if (!read) continue;
    if (fresh.has(file.path)) cache?.set(DocCache.key(file, extractConfig), read);
    // Docs from sites without front matter: its absence is no news (config requireFrontMatter).
    diagnostics.push(...(config.requireFrontMatter ? read.diagnostics : read.diagnostics.filter((diagnostic) => diagnostic.ruleId !== 'frontmatter-missing')));
    if (read.doc) docs.push(read.doc);
  }
  const built = buildModel(docs, {
    ...optional('docsBaseUrl', config.docsBaseUrl),
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

/** Docs the cache had not: without the parser where the prescan allows, else parsed (maybe on workers, while this thread reads the others). */
async function readFresh(
  files: readonly SourceFile[],
  config: ResolvedConfig,
  { fast, release, ...parallel }: ParallelOptions & { fast: boolean; release: (file: SourceFile) => void },
): Promise<Map<string, DocRead>> {
  const synonyms = columnSynonyms(config.columns);
  const fresh = new Map<string, DocRead>();
  // Started before the scan that picks the docs to parse: their start-up overlaps it.
  const workers = startWorkers(config, files.reduce((sum, file) => sum + file.text.length, 0));
  let parsed: Promise<[SourceFile, DocRead][]>;
  const withoutParser: SourceFile[] = [];
  try {
    const toParse: SourceFile[] = [];
    for (const file of files) (fast && !mayDefine(file.text, synonyms) ? withoutParser : toParse).push(file);
    parsed = readInParallel(toParse, config, fast, { ...parallel, workers });
  } catch (error) {
    for (const { thread } of workers) void thread.terminate();
    throw error;
  }
  for (const file of withoutParser) {
    fresh.set(file.path, readWithoutParser(file, config.includeStatus));
    release(file);
  }
  for (const [file, read] of await parsed) {
    fresh.set(file.path, read);
    release(file);
  }
  return fresh;
}
