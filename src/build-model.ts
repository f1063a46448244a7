// discover → parse → extract → model: the docs the config names, read, and their model.
// Writes nothing but the doc cache.
import type { ResolvedConfig } from './config.js';
import { linkRules, sortDiagnostics, type Diagnostic } from './diagnostics/diagnostic.js';
import { discoverFiles, type KnownFiles } from './discover/files.js';
import { withCacheWarning, writeCache } from './cache/unusable.js';
import type { SourceFile, Model } from './model/types.js';
import { DocCache, type CacheStats } from './cache/doc-cache.js';
import { optional } from './util/optional.js';
import type { GenerateSession } from './session.js';

export interface BuildModelResult {
  model: Model;
  diagnostics: Diagnostic[];
  /** How many files the globs matched (skipped docs included). */
  filesRead: number;
  /** Docs served from the cache and docs parsed, when the cache was used. */
  cacheStats?: CacheStats;
  /** Milliseconds per stage, in the order they ran (`--verbose` prints them). */
  timings: Timings;
}

export type Timings = Record<string, number>;

/** Laps of one run: each call records the time since the last under `stage`. */
export function stopwatch(timings: Timings): (stage: string) => void {
  let last = performance.now();
  return (stage) => {
    const now = performance.now();
    timings[stage] = Math.round((timings[stage] ?? 0) + now - last);
    last = now;
  };
}

export interface BuildModelOptions {
  /** Globs (relative to the config's folder) to read instead of the config's `docs`: a lint of some docs only. */
  only?: readonly string[];
  /** Docs whose text is taken as given instead of read from disk (an editor's unsaved buffer), by relative path. */
  texts?: readonly SourceFile[];
  /** Leave translated docs out (an editor's check of one doc, which does not report on them). */
  withoutTranslations?: boolean;
  /** Keep per-doc results in the persistent cache (config `cacheDir`), so unchanged docs are not parsed again. */
  cache?: boolean;
  /** State kept between runs by a long-lived caller (watch mode): its doc cache wins over `cache`. */
  session?: GenerateSession;
  /** Parse every doc, also those that cannot hold a definition (for reports on every table). */
  fullParse?: boolean;
  /** Told how much was found, once the docs are read and before they are parsed (the CLI sizes the heap by it). */
  onDocsRead?: (found: { chars: number }) => void;
  /** Told how a long run goes: docs parsed, files written (the CLI's progress line). */
  onProgress?: (progress: Progress) => void;
  /**
   * The caller has no use for the docs' texts once they are read (a one-shot CLI run): each is
   * let go as soon as its doc is read, so a large doc set's texts (two bytes a character for
   * most docs here) do not all stay in memory through the parse. Never with a session.
   */
  releaseTexts?: boolean;
  /**
   * Called once the docs have gone to worker threads (config `threads`), before the model
   * waits for them: the main thread is free until they are done, to load what the caller needs next.
   */
  whileParsing?: () => void;
}

/** A stage's `(done, total)` callback that tells `onProgress`, or undefined without one. */
export function progressOf(onProgress: BuildModelOptions['onProgress'], stage: Progress['stage']): ((done: number, total: number) => void) | undefined {
  return onProgress && ((done, total) => onProgress({ stage, done, total }));
}

/** How far a run is: `done` of `total` docs parsed, enums emitted (0 before, all after), or files written. */
export interface Progress {
  stage: 'parse' | 'emit' | 'write';
  done: number;
  total: number;
}

/** The docs and translated docs a run reads. */
export interface DiscoveredDocs {
  files: SourceFile[];
  /** Translated docs per locale. */
  translations: Map<string, SourceFile[]>;
  /** What listing them reported: symbolic links not read (discover/links.ts). */
  diagnostics: Diagnostic[];
}

/** What discovery may take as read: a watcher's unchanged docs, and docs given as text. */
function knownFiles(options: BuildModelOptions): KnownFiles | undefined {
  const unchanged = options.session?.knownFiles();
  const given = options.texts && new Map(options.texts.map((file) => [file.path, file]));
  if (!given) return unchanged;
  return unchanged ? { files: new Map([...unchanged.files, ...given]), lists: unchanged.lists } : { files: given };
}

/** The docs the config (or `only`) names, read; a watcher's unchanged docs are taken from its session. */
async function discoverDocs(config: ResolvedConfig, options: BuildModelOptions): Promise<DiscoveredDocs> {
  const known = knownFiles(options);
  const translations = new Map<string, SourceFile[]>();
  const diagnostics: Diagnostic[] = [];
  const given = options.texts ?? [];
  if (options.withoutTranslations && options.only?.every((only) => given.some((file) => file.path === only))) {
    // An editor's doc, given as text: nothing to list or read.
    return { files: given.filter((file) => options.only?.includes(file.path)), translations, diagnostics };
  }
  for (const [locale, globs] of Object.entries(options.withoutTranslations ? {} : config.translations)) {
    const listed = await discoverFiles(config.root, globs, known, config.outDir);
    translations.set(locale, listed.files);
    diagnostics.push(...listed.diagnostics);
  }
  const translated = new Set([...translations.values()].flat().map((file) => file.path));
  const listed = await discoverFiles(config.root, options.only ?? config.docs, known, config.outDir);
  diagnostics.push(...listed.diagnostics.filter((diagnostic) => !translated.has(diagnostic.file ?? '')));
  // Translated docs are not docs of their own: leave them out of the source set.
  const files = listed.files.filter((file) => !translated.has(file.path));
  options.session?.docsRead([...files, ...[...translations.values()].flat()]);
  if (options.only) {
    // Checking some docs only: their translations only.
    const read = new Set(files.map((file) => file.docId));
    for (const [locale, list] of translations) translations.set(locale, list.filter((file) => read.has(file.docId)));
  }
  return { files, translations, diagnostics };
}

/** The docs, read, and the run's timings so far (discover). */
export async function discoverTimed(config: ResolvedConfig, options: BuildModelOptions): Promise<{ docs: DiscoveredDocs; timings: Timings }> {
  const timings: Timings = {};
  const lap = stopwatch(timings);
  const docs = await discoverDocs(config, options);
  lap('discover');
  return { docs, timings };
}

/** discover → parse → extract → model. Writes nothing but the cache. */
export async function buildModelFromDocs(config: ResolvedConfig, options: BuildModelOptions = {}): Promise<BuildModelResult> {
  const { docs, timings } = await discoverTimed(config, options);
  return modelOfDocs(config, options, docs, timings);
}

/** parse → extract → validate, for `doc-codegen lint`: the diagnostics, nothing written. */
export async function lint(config: ResolvedConfig, options: BuildModelOptions = {}): Promise<BuildModelResult> {
  return buildModelFromDocs(config, options);
}

/** parse → extract → model, of docs read. */
export async function modelOfDocs(config: ResolvedConfig, options: BuildModelOptions, { files, translations, diagnostics: listing }: DiscoveredDocs, timings: Timings): Promise<BuildModelResult> {
  const lap = stopwatch(timings);
  const session = options.session;
  options.onDocsRead?.({ chars: files.reduce((sum, file) => sum + file.text.length, 0) });
  const cache = session?.docCache ?? (options.cache ? await DocCache.open(config.cacheDir, config.root, options.fullParse === true) : undefined);
  cache?.resetStats();
  // The parser and the model passes load only for runs that need a model.
  const { modelFromFiles } = await import('./read-docs.js');
  const built = await modelFromFiles(files, config, {
    wholeDocSet: options.only === undefined,
    cache,
    translations,
    fast: !options.fullParse,
    releaseTexts: options.releaseTexts === true && !session,
    memo: session?.modelMemo,
    onParsed: progressOf(options.onProgress, 'parse'),
    ...optional('whileParsing', options.whileParsing),
  });
  lap('read and model');
  // A session's owner (the watcher) writes its cache file when idle.
  if (session) session.docCache.endRun();
  const fault = !session && cache ? await writeCache(() => cache.save(), config.cacheDir, config.root) : undefined;
  lap('cache');
  const diagnostics = withCacheWarning(listing.length > 0 ? sortDiagnostics([...listing, ...built.diagnostics]) : built.diagnostics, fault);
  return { ...built, diagnostics: linkRules(diagnostics, config.rulesUrl), filesRead: files.length, cacheStats: cache && { ...cache.stats }, timings };
}
