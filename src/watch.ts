// Watch mode: a first full run, then a run after every change to a doc or the config.
// Runs are debounced (~10 ms: an editor's save is a burst of events a few ms apart) and
// single-flight: changes during a run cause exactly one more run. Only the docs the watcher
// saw change are read again; the session keeps everything else: unchanged docs' results
// (doc cache), drafts and enums (model memo: unchanged enums stay the same objects, so later
// stages skip them), and modules' files and JSON (emit memo). A one-doc edit re-parses one
// doc and re-emits one module. A run with doc errors writes nothing, so the last good
// output stays.
import { statSync } from 'node:fs';
import path from 'node:path';
import { DocCache } from './cache/doc-cache.js';
import { GenerateSession } from './session.js';
import { ConfigError, loadConfig, type ResolvedConfig } from './config.js';
import { generate, type GenerateOptions, type GenerateResult } from './generate.js';
import { OutputConflictError } from './write/output.js';

export const DEBOUNCE_MS = 10;

/**
 * chokidar drops a file's change events for 50 ms after one it emits, so a second save in
 * that window (an editor that formats on save) would be missed: each changed file is looked
 * at again this long after its event, and a change found then is a change.
 */
export const RECHECK_MS = 60;

/** What tells one version of a file from the next without reading it. */
function fileSignature(file: string): string {
  try {
    const stats = statSync(file, { bigint: true });
    return `${stats.ino}:${stats.size}:${stats.mtimeNs}`;
  } catch {
    return 'missing';
  }
}

/** The doc cache file is written this long after the last run (and on close): writing it all costs more than a one-doc run. */
export const CACHE_WRITE_DELAY_MS = 1000;

export type WatchEvent =
  | { type: 'ready'; watched: string[] }
  /** A doc or the config changed (a run follows, debounced); `path` as the run's `changed` lists it. */
  | { type: 'change'; path: string }
  | { type: 'run'; result: GenerateResult; config: ResolvedConfig; ms: number; changed: string[] }
  /** The persistent doc cache (option `cache`) was written: when idle after runs, and on close. */
  | { type: 'cache-written' }
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

/** The folder a glob starts in: its segments before the first one with a wildcard. */
export function globBase(pattern: string): string {
  const segments = pattern.split('/');
  const fixed: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (/[*?[\]{}()!]/.test(segment)) break;
    fixed.push(segment);
  }
  return fixed.join('/') || '.';
}

export function watch(options: WatchOptions): Watcher {
  let config: ResolvedConfig | undefined;
  let session: GenerateSession | undefined;
  let fsWatcher: { close(): Promise<void> } | undefined;
  let timer: NodeJS.Timeout | undefined;
  let cacheTimer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let configChanged = true;
  let closed = false;
  const changed = new Set<string>();

  const newSession = async (resolved: ResolvedConfig): Promise<GenerateSession> => {
    return new GenerateSession(options.cache ? await DocCache.open(resolved.cacheDir, resolved.root) : DocCache.inMemory());
  };

  const writeCache = async (): Promise<void> => {
    clearTimeout(cacheTimer);
    cacheTimer = undefined;
    if (!session) return;
    try {
      await session.docCache.write();
      if (options.cache) options.onEvent({ type: 'cache-written' });
    } catch (error) {
      options.onEvent({ type: 'error', error: error as Error });
    }
  };

  const run = async (): Promise<void> => {
    const started = performance.now();
    const paths = [...changed].sort();
    changed.clear();
    try {
      if (configChanged || !config || !session) {
        // A config change rebuilds everything: new options, fresh caches, new watched folders.
        // Until the config loads, it counts as changed (a broken config is retried on the next save).
        config = await loadConfig(options.configPath, options.cwd);
        configChanged = false;
        await writeCache();
        session = await newSession(config);
        await restartWatcher(config);
      }
      // Only the docs the watcher saw change are read again (all of them after a config change).
      session.invalidate(paths);
      const result = await generate(config, { session, maxWarnings: options.maxWarnings, onDocsRead: options.onDocsRead });
      options.onEvent({ type: 'run', result, config, ms: Math.round(performance.now() - started), changed: paths });
    } catch (error) {
      if (error instanceof ConfigError || error instanceof OutputConflictError) options.onEvent({ type: 'error', error });
      else options.onEvent({ type: 'error', error: error as Error });
    }
    clearTimeout(cacheTimer);
    cacheTimer = setTimeout(() => void writeCache(), CACHE_WRITE_DELAY_MS);
  };

  /** Starts a run; when it ends, one more if changes came during it. */
  const start = (): Promise<void> => {
    running = run().finally(() => {
      running = undefined;
      if (again) {
        again = false;
        trigger();
      }
    });
    return running;
  };

  /** Single flight: a change during a run is served by exactly one more run after it. */
  const trigger = (): void => {
    if (closed) return;
    if (running) again = true;
    else void start();
  };

  const schedule = (file: string, isConfig: boolean): void => {
    changed.add(file);
    options.onEvent({ type: 'change', path: file });
    if (isConfig) configChanged = true;
    clearTimeout(timer);
    timer = setTimeout(trigger, DEBOUNCE_MS);
  };

  const restartWatcher = async (resolved: ResolvedConfig): Promise<void> => {
    await fsWatcher?.close();
    // chokidar is loaded only when watching.
    const { watch: chokidarWatch } = await import('chokidar');
    const patterns = [...resolved.docs, ...Object.values(resolved.translations).flat()].filter((pattern) => !pattern.startsWith('!'));
    const all = [...new Set(patterns.map((pattern) => path.resolve(resolved.root, globBase(pattern))))];
    // A folder inside another watched folder is watched already.
    const bases = all.filter((base) => !all.some((other) => other !== base && base.startsWith(`${other}${path.sep}`)));
    const configFile = resolved.configPath;
    const watched = configFile ? [...bases, configFile] : bases;
    const outDir = resolved.outDir;
    const watcher = chokidarWatch(watched, {
      ignoreInitial: true,
      // node_modules and .git inside the project, not above it (a project may live anywhere).
      ignored: (file: string) =>
        file === outDir || file.startsWith(`${outDir}${path.sep}`) || /(^|[\\/])(node_modules|\.git)([\\/]|$)/.test(path.relative(resolved.root, file)),
    });
    const onChange = (file: string): void => {
      if (file === configFile) schedule(file, true);
      else if (/\.(md|markdown)$/i.test(file)) schedule(path.relative(resolved.root, file), false);
      else return;
      const seen = fileSignature(file);
      setTimeout(() => {
        if (!closed && fsWatcher === watcher && fileSignature(file) !== seen) onChange(file);
      }, RECHECK_MS).unref();
    };
    // A doc that comes or goes changes what the globs list: list them again on the next run.
    const onAddOrRemove = (file: string): void => {
      session?.relist();
      onChange(file);
    };
    watcher.on('add', onAddOrRemove).on('change', onChange).on('unlink', onAddOrRemove);
    watcher.on('error', (error: unknown) => options.onEvent({ type: 'error', error: error as Error }));
    await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
    fsWatcher = watcher;
    options.onEvent({ type: 'ready', watched: watched.map((file) => path.relative(options.cwd ?? process.cwd(), file) || '.') });
  };

  const ready = start();

  return {
    ready,
    async close() {
      closed = true;
      clearTimeout(timer);
      await running;
      await writeCache();
      await fsWatcher?.close();
    },
  };
}
