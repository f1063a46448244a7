// A run: render (render.ts: docs → model, diagnostics, files in memory), then write what
// differs into outDir. Holds no logic of its own beyond passing results on.
import type { ResolvedConfig } from './config.js';
import type { Model } from './model/types.js';
import { diffModels, type ModelChange } from './model/diff.js';
import { loadBaseModel } from './release/base.js';
import { planRelease } from './release/release.js';
import { applyOutput, outputMatches, planOutput, withManifest, type OutputPlan } from './write/output.js';
import { lockOutput, processAlive, type LockHolder } from './write/lock.js';
import { findInterrupted, repairInterrupted } from './write/swap.js';
import { fileStamp } from './util/stamp.js';
import { realPath } from './util/paths.js';
import { nodeWriterFs } from './write/writer-fs.js';
import { MANIFEST_FILE, manifestText } from './write/manifest.js';
import { readRunRecord, recordKey, writeRunRecord, type RunRecord } from './cache/run-record.js';
import { restoreDiagnostics, storeDiagnostics } from './cache/stored-diagnostics.js';
import { withCacheWarning, writeCache } from './cache/unusable.js';
import { linkRules } from './diagnostics/diagnostic.js';
import { sha256 } from './util/hash.js';
import { readPreviousOutput } from './write/previous.js';
import { buildModelFromDocs, discoverTimed, progressOf, stopwatch, type BuildModelOptions, type BuildModelResult, type DiscoveredDocs, type Timings } from './build-model.js';
import { renderDocs, stopsTheRun, type Rendered, type RenderOptions } from './render.js';

export interface GenerateOptions extends Omit<RenderOptions, 'previous' | 'keepGoing'> {
  /** Compare with outDir instead of writing. */
  check?: boolean;
  /** How long to wait for another run writing the same outDir, in ms (default 30 s). */
  lockWaitMs?: number;
  /** Told when the run waits for another run's lock. */
  onLockWait?: (holder: LockHolder | undefined) => void;
}

export interface GenerateResult extends Omit<Rendered, 'files'> {
  /** Set when the output on disk was known to match (run record in the cache): nothing was emitted. */
  reusedOutput?: boolean;
  /** What differs between the docs and outDir; undefined when doc errors stopped the run. */
  plan?: OutputPlan;
  /** Whether outDir was written (never in check mode, never with errors). */
  written: boolean;
  /** What an interrupted run left beside outDir, completed or removed before this run (absolute paths). */
  repaired?: string[];
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

/** The key of a run's inputs for the run record, when separate runs keep one (option `cache`, no session). */
async function runInputs(config: ResolvedConfig, options: GenerateOptions, docs: DiscoveredDocs): Promise<string | undefined> {
  // A watcher knows what it wrote; the run record (in the cache folder) is for separate runs.
  if (options.cache !== true || options.session !== undefined) return undefined;
  const hashes = (files: readonly { path: string; hash: string }[]): string[][] => files.map((file) => [file.path, file.hash]);
  // Links not read are reported but are no doc: their reports are part of the key.
  const listing = docs.diagnostics.map((diagnostic) => diagnostic.reason);
  return recordKey([config, { fullParse: options.fullParse === true }, hashes(docs.files), [...docs.translations].map(([locale, list]) => [locale, hashes(list)]), listing]);
}

/** Records a run whose files outDir now holds: its inputs, the files' hashes and its report. */
async function saveRecord(config: ResolvedConfig, inputs: string, files: ReadonlyMap<string, string>, rendered: Rendered): Promise<void> {
  const hashes: Record<string, string> = {};
  for (const [file, text] of files) hashes[file] = sha256(text);
  hashes[MANIFEST_FILE] = sha256(manifestText(files.keys()));
  await writeRunRecord(config.cacheDir, config.root, config.outDir, { inputs, files: hashes, diagnostics: storeDiagnostics(rendered.diagnostics.filter((diagnostic) => diagnostic.ruleId !== 'cache-unusable')) });
}

/**
 * The whole job: render, then write what differs. Doc errors stop it before anything is emitted
 * or written. Runs on one outDir take turns (a lock beside it); each first completes or
 * removes what an interrupted run left.
 */
export async function generate(config: ResolvedConfig, options: GenerateOptions = {}): Promise<GenerateResult> {
  const release = await lockForRun(config, options);
  try {
    const outDir = realPath(config.outDir);
    // A check reports what an interrupted run left beside outDir (stale); a write first completes or removes it.
    const interrupted = options.check ? findInterrupted(outDir, processAlive).leftovers : [];
    const found = options.check ? undefined : await repairInterrupted(outDir, processAlive, nodeWriterFs);
    const repaired = found && found.leftovers.length > 0 ? found.leftovers : undefined;
    const result = await generateLocked(config, options, interrupted);
    linkRules(result.diagnostics, config.rulesUrl);
    return repaired ? { ...result, repaired } : result;
  } finally {
    release();
  }
}

/** The lock for a run; a check where nothing beside outDir can be written (a read-only checkout) goes without. */
async function lockForRun(config: ResolvedConfig, options: GenerateOptions): Promise<() => void> {
  try {
    return await lockOutput(config.outDir, { waitMs: options.lockWaitMs, onWait: options.onLockWait });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (options.check && (code === 'EROFS' || code === 'EACCES' || code === 'EPERM')) return () => undefined;
    throw error;
  }
}

/** The run, under the lock; `interrupted`: what an interrupted run left beside outDir, for a check to report. */
async function generateLocked(config: ResolvedConfig, options: GenerateOptions, interrupted: readonly string[]): Promise<GenerateResult> {
  const { docs, timings } = await discoverTimed(config, options);
  const inputs = await runInputs(config, options, docs);
  const record = inputs === undefined ? undefined : readRunRecord(config.cacheDir, config.root, config.outDir);
  if (record && record.inputs === inputs && interrupted.length === 0) {
    const reused = await reuseRecordedRun(config, options, docs, record, timings);
    if (reused) return reused;
  }
  const session = options.session;
  // Another process may have written outDir since the watcher's last run: then it is read again.
  if (session && session.lastOutput.identity !== fileStamp(config.outDir)) session.outputUnknown();
  const known = session?.lastOutput;
  // Read while the docs are parsed (on worker threads); awaited by the diff.
  const previous = known?.previous ?? readPreviousOutput(config.outDir);
  const { files, ...rendered } = await renderDocs(config, docs, timings, { ...options, previous });
  if (!files || !rendered.release) return { ...rendered, written: false };
  const release = rendered.release;
  const lap = stopwatch(timings);
  const plan = await planOutput(config.outDir, files, known?.files);
  if (interrupted.length > 0) plan.leftovers = [...(plan.leftovers ?? []), ...interrupted];
  lap('compare');
  const done = async (written: boolean): Promise<GenerateResult> => {
    const fault = inputs === undefined ? undefined : await writeCache(() => saveRecord(config, inputs, files, rendered), config.cacheDir, config.root);
    rendered.diagnostics = withCacheWarning(rendered.diagnostics, fault);
    // What outDir now holds, for the watcher's next run.
    if (!options.check) session?.outputWritten(rendered.model, release, withManifest(files), fileStamp(config.outDir));
    return { ...rendered, plan, written };
  };
  const leftovers = plan.leftovers?.length ?? 0;
  if (plan.changes.length === 0 && leftovers === 0) return done(false);
  if (options.check) return { ...rendered, plan, written: false };
  try {
    await applyOutput(config.outDir, plan, { onWritten: progressOf(options.onProgress, 'write') });
  } catch (error) {
    // What a failed write left on disk is unknown: the watcher's next run reads outDir again.
    session?.outputUnknown();
    throw error;
  }
  lap('write');
  return done(true);
}

/** `generate --check`: what would change in outDir, nothing written. The run is stale when `plan.changes` or `plan.leftovers` is not empty. */
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
