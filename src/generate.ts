// Runs the stages in order; holds no logic of its own beyond passing results on.
import type { ResolvedConfig } from './config.js';
import { hasErrors, type Diagnostic } from './diagnostics/diagnostic.js';
import { discoverFiles } from './discover/files.js';
import type { Model, SourceFile } from './model/types.js';
import { createModelMemo, type ModelMemo } from './model/memo.js';
import { DocCache, type CacheStats } from './cache/doc-cache.js';
import type { EmitMemo } from './emit/index.js';
import { diffModels, type ModelChange } from './model/diff.js';
import { loadBaseModel } from './release/base.js';
import { planRelease, type Release } from './release/release.js';
import { applyOutput, outputMatches, planOutput, planOutputFromKnown, withManifest, type OutputPlan } from './write/output.js';
import { MANIFEST_FILE, manifestText } from './write/manifest.js';
import { readRunRecord, recordKey, writeRunRecord, type RunRecord } from './cache/run-record.js';
import { restoreDiagnostics, storeDiagnostics } from './cache/stored-diagnostics.js';
import { sha256 } from './util/hash.js';
import { readPreviousOutput, type PreviousOutput } from './write/previous.js';

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
function stopwatch(timings: Timings): (stage: string) => void {
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
}

/** A stage's `(done, total)` callback that tells `onProgress`, or undefined without one. */
function progressOf(onProgress: BuildModelOptions['onProgress'], stage: Progress['stage']): ((done: number, total: number) => void) | undefined {
  return onProgress && ((done, total) => onProgress({ stage, done, total }));
}

/** How far a run is: `done` of `total` docs parsed, enums emitted (0 before, all after), or files written. */
export interface Progress {
  stage: 'parse' | 'emit' | 'write';
  done: number;
  total: number;
}

/** What a watcher keeps between runs: per-doc results, per-module output, and what it last left in outDir. */
export interface GenerateSession {
  docCache: DocCache;
  /** Made by the first run that emits (the emitter loads only then). */
  emitMemo?: EmitMemo;
  /** The last model, version and changelog written (read from outDir on the first run). */
  previous?: PreviousOutput;
  /** Every file the watcher last left in outDir, the manifest included. */
  output?: Map<string, string>;
  /** The docs read by the last run, by relative path. */
  files?: Map<string, SourceFile>;
  /** Docs changed since the last run (relative paths, from the watcher): all others are taken from `files`. */
  changed?: ReadonlySet<string>;
  /** Each glob's paths in the last run; dropped by the watcher when a doc is added or removed. */
  lists?: Map<string, string[]>;
  /** Drafts and enums of the last builds, reused for unchanged definitions. */
  modelMemo?: ModelMemo;
}

/** The docs and translated docs a run reads. */
interface DiscoveredDocs {
  files: SourceFile[];
  /** Translated docs per locale. */
  translations: Map<string, SourceFile[]>;
}

/** The docs the config (or `only`) names, read; a watcher's unchanged docs are taken from its session. */
async function discoverDocs(config: ResolvedConfig, options: BuildModelOptions): Promise<DiscoveredDocs> {
  const session = options.session;
  // A watcher's session knows every doc it read and which changed since: only those are read again.
  const unchanged = session?.files && session.changed ? new Map([...session.files].filter(([relative]) => !session.changed?.has(relative))) : undefined;
  if (session) session.lists ??= new Map();
  const given = options.texts && new Map(options.texts.map((file) => [file.path, file]));
  const known = unchanged ? { files: given ? new Map([...unchanged, ...given]) : unchanged, lists: session?.lists } : given && { files: given };
  const translations = new Map<string, SourceFile[]>();
  for (const [locale, globs] of Object.entries(config.translations)) translations.set(locale, await discoverFiles(config.root, globs, known));
  const translated = new Set([...translations.values()].flat().map((file) => file.path));
  // Translated docs are not docs of their own: leave them out of the source set.
  const files = (await discoverFiles(config.root, options.only ?? config.docs, known)).filter((file) => !translated.has(file.path));
  if (session) session.files = new Map([...files, ...[...translations.values()].flat()].map((file) => [file.path, file]));
  if (options.only) {
    // Checking some docs only: their translations only.
    const read = new Set(files.map((file) => file.docId));
    for (const [locale, list] of translations) translations.set(locale, list.filter((file) => read.has(file.docId)));
  }
  return { files, translations };
}

/** The docs, read, and the run's timings so far (discover). */
async function discoverTimed(config: ResolvedConfig, options: BuildModelOptions): Promise<{ docs: DiscoveredDocs; timings: Timings }> {
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

/** parse → extract → model, of docs read. */
async function modelOfDocs(config: ResolvedConfig, options: BuildModelOptions, { files, translations }: DiscoveredDocs, timings: Timings): Promise<BuildModelResult> {
  const lap = stopwatch(timings);
  const session = options.session;
  options.onDocsRead?.({ chars: files.reduce((sum, file) => sum + file.text.length, 0) });
  const cache = options.session?.docCache ?? (options.cache ? await DocCache.open(config.cacheDir, config.root) : undefined);
  cache?.resetStats();
  if (session) session.modelMemo ??= createModelMemo();
  const memo = session?.modelMemo;
  // The parser and the model passes load only for runs that need a model.
  const { modelFromFiles } = await import('./read-docs.js');
  const built = await modelFromFiles(files, config, { wholeDocSet: options.only === undefined, cache, translations, fast: !options.fullParse, memo, onParsed: progressOf(options.onProgress, 'parse') });
  lap('read and model');
  // A session's owner (the watcher) writes its cache file when idle.
  if (session) session.docCache.endRun();
  else await cache?.save();
  lap('cache');
  return { ...built, filesRead: files.length, cacheStats: cache && { ...cache.stats }, timings };
}

/** parse → extract → validate, for `doc-codegen lint`: the diagnostics, nothing written. */
export async function lint(config: ResolvedConfig, options: BuildModelOptions = {}): Promise<BuildModelResult> {
  return buildModelFromDocs(config, options);
}

export interface GenerateOptions extends BuildModelOptions {
  /** Compare with outDir instead of writing. */
  check?: boolean;
  /** More warnings than this stop the run like an error: nothing is written. */
  maxWarnings?: number;
  /** Stop, writing nothing, on a breaking (major) change; default: the config's failOnBreaking. */
  failOnBreaking?: boolean;
  /** Write even breaking changes when failOnBreaking is on. */
  allowBreaking?: boolean;
}

export interface GenerateResult extends BuildModelResult {
  /** What changed since the model in outDir (empty on the first run). */
  changes: ModelChange[];
  /** The version and changelog written (undefined when doc errors stopped the run). */
  release?: Release;
  /** Set when breaking changes stopped the run (failOnBreaking). */
  blockedByBreaking?: boolean;
  /** Set when the output on disk was known to match (emit record in the cache): nothing was emitted. */
  reusedOutput?: boolean;
  /** What differs between the docs and outDir; undefined when doc errors stopped the run. */
  plan?: OutputPlan;
  /** Whether outDir was written (never in check mode, never with errors). */
  written: boolean;
}

/** Too many warnings stop a run like an error: nothing is written. */
function stopsTheRun(diagnostics: readonly Diagnostic[], maxWarnings: number | undefined): boolean {
  const warnings = diagnostics.filter((diagnostic) => diagnostic.fatal === false).length;
  return hasErrors(diagnostics) || (maxWarnings !== undefined && warnings > maxWarnings);
}

/**
 * The warm path: the last run read the same docs with the same config and tool, and outDir is
 * as it left it. Its report is recorded, and the model is outDir's model.json: no parse, no
 * model, no emit. Undefined when anything does not hold (the run then goes the whole way).
 */
async function reuseRecordedRun(config: ResolvedConfig, options: GenerateOptions, docs: DiscoveredDocs, record: RunRecord, timings: Timings): Promise<GenerateResult | undefined> {
  const lap = stopwatch(timings);
  const diagnostics = restoreDiagnostics(record.diagnostics);
  if (!diagnostics || !(await outputMatches(config.outDir, record.files))) return undefined;
  const previous = await readPreviousOutput(config.outDir);
  if (!previous.model) return undefined;
  lap('reuse last run');
  const docCount = docs.files.length + [...docs.translations.values()].reduce((sum, list) => sum + list.length, 0);
  const release = planRelease(previous, [], config.package.version, previous.model.docs.length);
  const result = { model: previous.model, diagnostics, filesRead: docs.files.length, cacheStats: { hits: docCount, misses: 0 }, timings, changes: [], release };
  if (stopsTheRun(diagnostics, options.maxWarnings)) return { ...result, written: false };
  return { ...result, plan: { changes: [], unchanged: Object.keys(record.files).length }, written: false, reusedOutput: true };
}

/** The whole job. Doc errors stop it before anything is emitted or written. */
export async function generate(config: ResolvedConfig, options: GenerateOptions = {}): Promise<GenerateResult> {
  const { docs, timings } = await discoverTimed(config, options);
  const session = options.session;
  // A watcher knows what it wrote; the run record (in the cache folder) is for separate runs.
  const useRecord = options.cache === true && session === undefined;
  const inputs = useRecord
    ? await recordKey([config, { fullParse: options.fullParse === true }, docs.files.map((file) => [file.path, file.hash]), [...docs.translations].map(([locale, list]) => [locale, list.map((file) => [file.path, file.hash])])])
    : undefined;
  const record = useRecord ? readRunRecord(config.cacheDir, config.root, config.outDir) : undefined;
  if (record && record.inputs === inputs) {
    const reused = await reuseRecordedRun(config, options, docs, record, timings);
    if (reused) return reused;
  }
  const built = await modelOfDocs(config, options, docs, timings);
  const lap = stopwatch(timings);
  if (stopsTheRun(built.diagnostics, options.maxWarnings)) return { ...built, changes: [], written: false };
  const previous = session?.previous ?? (await readPreviousOutput(config.outDir));
  const changes = diffModels(previous.model, built.model);
  lap('diff');
  const release = planRelease(previous, previous.model ? changes : [], config.package.version, built.model.docs.length);
  const breaking = changes.filter((change) => change.level === 'major');
  if (previous.model && breaking.length > 0 && (options.failOnBreaking ?? config.failOnBreaking) && !options.allowBreaking) {
    return { ...built, changes, release, blockedByBreaking: true, written: false };
  }
  const emitOptions = { enumStyle: config.enumStyle, enumStyles: config.enumStyles, package: config.package, release };
  const result = { ...built, changes: previous.model ? changes : [], release };
  // ts-morph costs half a second to load: only runs that emit pay for it.
  const { createEmitMemo, emitPackage } = await import('./emit/index.js');
  lap('load emitter');
  if (session) session.emitMemo ??= createEmitMemo();
  options.onProgress?.({ stage: 'emit', done: 0, total: built.model.enums.length });
  const files = emitPackage(built.model, emitOptions, session?.emitMemo);
  options.onProgress?.({ stage: 'emit', done: built.model.enums.length, total: built.model.enums.length });
  lap('emit');
  const plan = session?.output ? await planOutputFromKnown(config.outDir, files, session.output) : await planOutput(config.outDir, files);
  lap('compare');
  const keepInSession = (): void => {
    // What outDir now holds, for the watcher's next run.
    if (!session || options.check) return;
    session.previous = { model: built.model, version: release.version, changelog: release.changelog };
    session.output = withManifest(files);
  };
  /** Records the run when outDir holds what it made: its inputs, the files and its report. */
  const saveRecord = async (): Promise<void> => {
    if (inputs === undefined) return;
    const hashes: Record<string, string> = {};
    for (const [file, text] of files) hashes[file] = sha256(text);
    hashes[MANIFEST_FILE] = sha256(manifestText(files.keys()));
    await writeRunRecord(config.cacheDir, config.root, config.outDir, { inputs, files: hashes, diagnostics: storeDiagnostics(built.diagnostics) });
  };
  if (options.check || plan.changes.length === 0) {
    if (plan.changes.length === 0) {
      await saveRecord();
      keepInSession();
    }
    return { ...result, plan, written: false };
  }
  try {
    // A watcher's runs that wrote all they meant to leave no temp files behind: only its first run looks for them.
    await applyOutput(config.outDir, plan, { noLeftovers: session?.output !== undefined, onWritten: progressOf(options.onProgress, 'write') });
  } catch (error) {
    // What a failed write left on disk is unknown: the watcher's next run reads outDir again.
    if (session) session.output = undefined;
    throw error;
  }
  lap('write');
  await saveRecord();
  keepInSession();
  return { ...result, plan, written: true };
}

/** `generate --check`: what would change in outDir, nothing written. The run is stale when `plan.changes` is not empty. */
export async function check(config: ResolvedConfig, options: Omit<GenerateOptions, 'check'> = {}): Promise<GenerateResult> {
  return generate(config, { ...options, check: true });
}

/**
 * The model in outDir (or `base`) against the docs: the classified changes, nothing written.
 * `base` may be a model, or a model.json file or git ref (resolved from `options.cwd`).
 */
export async function diff(config: ResolvedConfig, base: Model | string | undefined, options: BuildModelOptions & { cwd?: string } = {}): Promise<DiffResult> {
  const named = typeof base === 'string' ? await loadBaseModel(base, config, options.cwd ?? process.cwd()) : base;
  const built = await buildModelFromDocs(config, options);
  const before = named ?? (await readPreviousOutput(config.outDir)).model;
  return { ...built, base: before, changes: diffModels(before, built.model) };
}

export interface DiffResult extends BuildModelResult {
  /** The model compared against (undefined when there was none: everything is added). */
  base?: Model;
  changes: ModelChange[];
}
