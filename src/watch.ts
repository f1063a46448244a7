// Watch mode: a first full run, then a run after every change to a doc or the config.
// Runs are debounced (~10 ms: an editor's save is a burst of events a few ms apart) and
// single-flight: changes during a run cause exactly one more run. Only the docs the watcher
// saw change are read again; the session keeps everything else: unchanged docs' results
// (doc cache), drafts and enums (model memo: unchanged enums stay the same objects, so later
// stages skip them), and modules' files and JSON (emit memo). A one-doc edit re-parses one
// doc and re-emits one module. A run with doc errors writes nothing, so the last good
// output stays. When another process replaces outDir (another run's swap), the watcher runs
// again: it reads outDir afresh and puts back what the docs make, if that differs.
import { watch as watchFolder, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { DocCache } from './cache/doc-cache.js';
import { writeCache } from './cache/unusable.js';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import { GenerateSession } from './session.js';
import { loadConfig, type ResolvedConfig } from './config.js';
import { generate, type GenerateOptions, type GenerateResult } from './generate.js';
import { globBase } from './util/paths.js';
import { fileStamp } from './util/stamp.js';

export const DEBOUNCE_MS = 10;

/**
 * chokidar drops a file's change events for 50 ms after one it emits, so a second save in
 * that window (an editor that formats on save) would be missed: each changed file is looked
 * at again this long after its event, and a change found then is a change.
 */
export const RECHECK_MS = 60;

/** The doc cache file is written this long after the last run (and on close): writing it all costs more than a one-doc run. */
export const CACHE_WRITE_DELAY_MS = 1000;

export type WatchEvent =
  | { type: 'ready'; watched: string[] }
  /** A doc or the config changed (a run follows, debounced); `path` as the run's `changed` lists it. */
  | { type: 'change'; path: string }
  | { type: 'run'; result: GenerateResult; config: ResolvedConfig; ms: number; changed: string[] }
  /** The persistent doc cache (option `cache`) was written: when idle after runs, and on close. */
  | { type: 'cache-written' }
  /** It could not be written (`cache-unusable`): said once, until a write succeeds again. The watch goes on. */
  | { type: 'warning'; diagnostic: Diagnostic }
  | { type: 'error'; error: Error };

export interface WatchOptions {
  /** Config file, as for generate; reloaded when it changes. */
  configPath?: string;
  /** Where a relative configPath starts, and what the ready event's paths are relative to (default: process.cwd()). */
  cwd?: string;
  /** Keep per-doc results on disk too (default: in memory only). */
  cache?: boolean;
  maxWarnings?: number;
  /** Passed to every run (generate's onDocsRead). */
  onDocsRead?: GenerateOptions['onDocsRead'];
  onEvent: (event: WatchEvent) => void;
}

export interface Watcher {
  /** Resolves after the first run. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/** A run at a time: a call during a run is served by exactly one more run after it. */
function singleFlight(run: () => Promise<void>): { trigger(): Promise<void>; settled(): Promise<void>; stop(): void } {
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  const trigger = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = run().finally(() => {
      running = undefined;
      if (again) {
        again = false;
        void trigger();
      }
    });
    return running;
  };
  return { trigger, settled: async () => running, stop: () => void (stopped = true) };
}

/** The folders the config's globs start in (none inside another), and the config file. */
function watchedPaths(resolved: ResolvedConfig): string[] {
  const patterns = [...resolved.docs, ...Object.values(resolved.translations).flat()].filter((pattern) => !pattern.startsWith('!'));
  const all = [...new Set(patterns.map((pattern) => path.resolve(resolved.root, globBase(pattern))))];
  // A folder inside another watched folder is watched already.
  const bases = all.filter((base) => !all.some((other) => other !== base && base.startsWith(`${other}${path.sep}`)));
  return resolved.configPath ? [...bases, resolved.configPath] : bases;
}

interface FileEvents {
  /** A doc or the config changed; `listed`: it came or went, so the globs list other files. */
  onFile(file: string, listed: boolean): void;
  onError(error: Error): void;
}

/** chokidar on `watched`, outDir, node_modules and .git left out; resolves once it is ready. */
async function startFileWatcher(resolved: ResolvedConfig, watched: readonly string[], events: FileEvents): Promise<{ close(): Promise<void> }> {
  // chokidar is loaded only when watching.
  const { watch: chokidarWatch } = await import('chokidar');
  const outDir = resolved.outDir;
  const watcher = chokidarWatch([...watched], {
    ignoreInitial: true,
    // node_modules and .git inside the project, not above it (a project may live anywhere).
    ignored: (file: string) =>
      file === outDir || file.startsWith(`${outDir}${path.sep}`) || /(^|[\\/])(node_modules|\.git)([\\/]|$)/.test(path.relative(resolved.root, file)),
  });
  watcher.on('add', (file) => events.onFile(file, true)).on('change', (file) => events.onFile(file, false)).on('unlink', (file) => events.onFile(file, true));
  watcher.on('error', (error: unknown) => events.onError(error as Error));
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return watcher;
}

export function watch(options: WatchOptions): Watcher {
  const watcher = new DocWatcher(options);
  return { ready: watcher.ready, close: () => watcher.close() };
}

/** One watch: the config and session of the current config, the file watcher, the pending changes. */
class DocWatcher {
  readonly ready: Promise<void>;
  private config?: ResolvedConfig;
  private session?: GenerateSession;
  private fsWatcher?: { close(): Promise<void> };
  private timer?: NodeJS.Timeout;
  private cacheTimer?: NodeJS.Timeout;
  private configChanged = true;
  /** A cache write failed and was reported: the next failures are not, until one succeeds. */
  private cacheFaultSaid = false;
  private closed = false;
  private readonly changed = new Set<string>();
  private readonly runs = singleFlight(() => this.run());
  /** Watches outDir's parent folder for outDir being replaced by another process. */
  private outDirWatcher?: FSWatcher;
  private outDirTimer?: NodeJS.Timeout;
  /** Set during a run: outDir events then are the run's own swap. */
  private running = false;

  constructor(private readonly options: WatchOptions) {
    this.ready = this.runs.trigger();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.runs.stop();
    clearTimeout(this.timer);
    clearTimeout(this.outDirTimer);
    await this.runs.settled();
    await this.saveDocCache();
    await this.fsWatcher?.close();
    this.outDirWatcher?.close();
  }

  private error(thrown: unknown): void {
    this.options.onEvent({ type: 'error', error: thrown as Error });
  }

  private async saveDocCache(): Promise<void> {
    clearTimeout(this.cacheTimer);
    this.cacheTimer = undefined;
    const { session, config } = this;
    if (!session || !config) return;
    const docCache = session.docCache;
    const fault = await writeCache(() => docCache.write(), config.cacheDir, config.root);
    if (fault && !this.cacheFaultSaid) this.options.onEvent({ type: 'warning', diagnostic: fault });
    this.cacheFaultSaid = fault !== undefined;
    if (!fault && this.options.cache) this.options.onEvent({ type: 'cache-written' });
  }

  /** A config change rebuilds everything: new options, fresh caches, new watched folders. */
  private async reload(): Promise<{ config: ResolvedConfig; session: GenerateSession }> {
    const { options } = this;
    // Until the config loads, it counts as changed (a broken config is retried on the next save).
    const config = await loadConfig(options.configPath, options.cwd);
    this.configChanged = false;
    await this.saveDocCache();
    const session = new GenerateSession(options.cache ? await DocCache.open(config.cacheDir, config.root) : DocCache.inMemory());
    this.config = config;
    this.session = session;
    await this.fsWatcher?.close();
    const watched = watchedPaths(config);
    this.fsWatcher = await startFileWatcher(config, watched, { onFile: (file, listed) => this.onFile(config, file, listed), onError: (thrown) => this.error(thrown) });
    this.watchOutDir(config);
    options.onEvent({ type: 'ready', watched: watched.map((file) => path.relative(options.cwd ?? process.cwd(), file) || '.') });
    return { config, session };
  }

  private async run(): Promise<void> {
    const started = performance.now();
    const paths = [...this.changed].sort();
    this.changed.clear();
    this.running = true;
    try {
      const { config, session } = this.configChanged || !this.config || !this.session ? await this.reload() : { config: this.config, session: this.session };
      // Only the docs the watcher saw change are read again (all of them after a config change).
      session.invalidate(paths);
      const result = await generate(config, { session, maxWarnings: this.options.maxWarnings, onDocsRead: this.options.onDocsRead });
      this.options.onEvent({ type: 'run', result, config, ms: Math.round(performance.now() - started), changed: paths });
    } catch (thrown) {
      this.error(thrown);
    }
    this.running = false;
    clearTimeout(this.cacheTimer);
    this.cacheTimer = setTimeout(() => void this.saveDocCache(), CACHE_WRITE_DELAY_MS);
  }

  /** Another process's write replaces outDir (see write/swap.ts): a run then checks it again. */
  private watchOutDir(config: ResolvedConfig): void {
    this.outDirWatcher?.close();
    const name = path.basename(config.outDir);
    try {
      this.outDirWatcher = watchFolder(path.dirname(config.outDir), (_event, file) => {
        if (file !== name || this.closed || this.running || this.config !== config) return;
        clearTimeout(this.outDirTimer);
        this.outDirTimer = setTimeout(() => {
          // The watcher's own swap leaves outDir as its session knows it: nothing to do then.
          if (!this.running && fileStamp(config.outDir) !== this.session?.lastOutput.identity) void this.runs.trigger();
        }, DEBOUNCE_MS);
      });
      this.outDirWatcher.on('error', () => this.outDirWatcher?.close());
    } catch {
      // outDir's parent is not there yet: the first run makes it; writes by others go unnoticed until the next doc change.
    }
  }

  private schedule(file: string, isConfig: boolean): void {
    this.changed.add(file);
    this.options.onEvent({ type: 'change', path: file });
    if (isConfig) this.configChanged = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.runs.trigger(), DEBOUNCE_MS);
  }

  private onFile(config: ResolvedConfig, file: string, listed: boolean): void {
    // A doc that comes or goes changes what the globs list: list them again on the next run.
    if (listed) this.session?.relist();
    if (file === config.configPath) this.schedule(file, true);
    else if (/\.(md|mdx|markdown)$/i.test(file)) this.schedule(path.relative(config.root, file), false);
    else return;
    const seen = (fileStamp(file) ?? 'missing');
    setTimeout(() => {
      // Not after a config change: the new watcher reports its own changes.
      if (!this.closed && this.config === config && (fileStamp(file) ?? 'missing') !== seen) this.onFile(config, file, false);
    }, RECHECK_MS).unref();
  }
}
