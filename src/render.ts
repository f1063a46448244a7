// The pure half of a run: config and docs → model, diagnostics, and every file of the
// generated package in memory. Nothing is written (but the doc cache); generate.ts writes.
import path from 'node:path';
import { compareText } from './util/order.js';
import { plural } from './util/plural.js';
import type { ResolvedConfig } from './config.js';
import { countedWarnings, createDiagnostic, hasErrors, linkRules, type Diagnostic } from './diagnostics/diagnostic.js';
import type { Model } from './model/types.js';
import { diffModels, type ModelChange } from './model/diff.js';
import { planRelease, type Release } from './release/release.js';
import type { PreviousOutput } from './write/previous.js';
import { discoverTimed, modelOfDocs, stopwatch, type BuildModelOptions, type BuildModelResult, type DiscoveredDocs, type Timings } from './build-model.js';

export interface RenderOptions extends BuildModelOptions {
  /** What outDir holds: the base of the changes and the release (default: none, a first release). A promise is awaited only when the run gets that far. */
  previous?: PreviousOutput | Promise<PreviousOutput>;
  /** More warnings than this stop the run like an error: nothing is emitted. */
  maxWarnings?: number;
  /** Stop on a breaking (major) change; default: the config's failOnBreaking. */
  failOnBreaking?: boolean;
  /** Go on despite breaking changes when failOnBreaking is on. */
  allowBreaking?: boolean;
  /** Emit even when doc errors or warnings would stop the run (fixtures show what an error leaves out). */
  keepGoing?: boolean;
}

export interface Rendered extends BuildModelResult {
  /** What changed since `previous` (empty without one). */
  changes: ModelChange[];
  /** The version and changelog of the files (undefined when doc errors stopped the run). */
  release?: Release;
  /** Set when breaking changes stopped the run (failOnBreaking). */
  blockedByBreaking?: boolean;
  /** Every file of the package, by relative path (undefined when the run stopped before emitting). */
  files?: Map<string, string>;
}

/** Too many warnings stop a run like an error: nothing is emitted. */
export function stopsTheRun(diagnostics: readonly Diagnostic[], maxWarnings: number | undefined): boolean {
  const warnings = countedWarnings(diagnostics);
  return hasErrors(diagnostics) || (maxWarnings !== undefined && warnings > maxWarnings);
}

/** Config and docs → model, diagnostics and files. Doc errors stop it before anything is emitted. */
export async function render(config: ResolvedConfig, options: RenderOptions = {}): Promise<Rendered> {
  const { docs, timings } = await discoverTimed(config, options);
  const rendered = await renderDocs(config, docs, timings, options);
  linkRules(rendered.diagnostics, config.rulesUrl);
  return rendered;
}

/** `render` of docs already read. */
export async function renderDocs(config: ResolvedConfig, docs: DiscoveredDocs, timings: Timings, options: RenderOptions): Promise<Rendered> {
  // While workers parse, this thread is free: the emitter loads then, instead of after the model.
  let emitter: Promise<EmitterModule> | undefined;
  const whileParsing = (): void => {
    options.whileParsing?.();
    emitter = loadEmitter();
  };
  const built = await modelOfDocs(config, { ...options, whileParsing }, docs, timings);
  const lap = stopwatch(timings);
  if (!options.keepGoing && stopsTheRun(built.diagnostics, options.maxWarnings)) return { ...built, changes: [] };
  const previous = (await options.previous) ?? {};
  const lost = docsVanished(config, docs, previous.model);
  if (lost) return { ...built, diagnostics: [...built.diagnostics, lost], changes: [] };
  const changes = diffModels(previous.model, built.model);
  const removed = modulesRemoved(config, previous.model, built.model);
  if (removed) {
    built.diagnostics = [...built.diagnostics, removed];
    // One more warning: it counts for --max-warnings like the docs' own.
    if (!options.keepGoing && stopsTheRun(built.diagnostics, options.maxWarnings)) return { ...built, changes: [] };
  }
  lap('diff');
  const release = planRelease(previous, previous.model ? changes : [], config.package.version, built.model.docs.length);
  const breaking = changes.filter((change) => change.level === 'major');
  if (previous.model && breaking.length > 0 && (options.failOnBreaking ?? config.failOnBreaking) && !options.allowBreaking) {
    return { ...built, changes, release, blockedByBreaking: true };
  }
  // ts-morph costs half a second to load: only runs that emit pay for it (or load it while workers parse).
  const { createEmitMemo, emitPackage } = await (emitter ?? loadEmitter());
  lap('load emitter');
  const total = built.model.enums.length;
  options.onProgress?.({ stage: 'emit', done: 0, total });
  const emitOptions = { enumStyle: config.enumStyle, enumStyles: config.enumStyles, package: config.package, release };
  const files = emitPackage(built.model, emitOptions, options.session?.emitMemo(createEmitMemo));
  options.onProgress?.({ stage: 'emit', done: total, total });
  lap('emit');
  return { ...built, changes: previous.model ? changes : [], release, files };
}

/**
 * An error when no doc matches the globs but outDir holds the output of docs: a docs folder
 * moved, renamed or unreadable would otherwise remove every module and release a major
 * version. Nothing is written then.
 */
function docsVanished(config: ResolvedConfig, docs: DiscoveredDocs, previous: Model | undefined): Diagnostic | undefined {
  const before = previous?.docs.length ?? 0;
  if (docs.files.length > 0 || before === 0) return undefined;
  const at = config.configPath ? path.relative(config.root, config.configPath).split(path.sep).join('/') : '.';
  const outDir = path.relative(config.root, config.outDir).split(path.sep).join('/') || '.';
  return createDiagnostic(
    'docs-none',
    `No doc matches ${config.docs.map((glob) => `\`${glob}\``).join(', ')}, but ${outDir}/ holds the output of ${plural(before, 'doc')}: nothing is written or removed`,
    at,
    { line: 1, column: 1 },
  );
}

/**
 * A warning when the run removes more than half of the last output's modules: most likely a
 * docs folder partly moved or a glob gone wrong, not docs retired on purpose. Under
 * failOnBreaking the run also needs --allow-breaking (removing a module is breaking).
 */
function modulesRemoved(config: ResolvedConfig, previous: Model | undefined, next: Model): Diagnostic | undefined {
  const before = new Set(previous?.enums.map((enumDef) => enumDef.module) ?? []);
  const after = new Set(next.enums.map((enumDef) => enumDef.module));
  const gone = [...before].filter((module) => !after.has(module)).sort(compareText);
  if (before.size < 2 || gone.length * 2 <= before.size) return undefined;
  const at = config.configPath ? path.relative(config.root, config.configPath).split(path.sep).join('/') : '.';
  const shown = gone.length > 5 ? `${gone.slice(0, 5).join(', ')} and ${gone.length - 5} more` : gone.join(', ');
  return createDiagnostic('modules-removed', `This run removes ${gone.length} of the ${before.size} modules of the last output (${shown})`, at, { line: 1, column: 1 });
}

type EmitterModule = typeof import('./emit/index.js');

/** The emitter's module, loading. A run that stops before it emits never waits for it: its failure is then nobody's (no unhandled rejection). */
function loadEmitter(): Promise<EmitterModule> {
  const loading = import('./emit/index.js');
  loading.catch(() => undefined);
  return loading;
}
