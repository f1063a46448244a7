// The only stage that touches outDir. It compares the emitted files with the disk and,
// unless checking, applies the difference in two phases:
//   1. prepare: every added or changed file is written to a temp file beside its target;
//      a failure here removes the temp files and leaves the old tree as it was;
//   2. commit: temp files are renamed over their targets (atomic per file), files no
//      longer produced are removed, and the manifest is renamed in last.
// Temp files left by a killed run are removed by the next one. Files doc-codegen did not
// produce are never touched.
import { mkdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { sha256 } from '../util/hash.js';
import { compareText } from '../util/order.js';
import { MANIFEST_FILE, manifestText, readManifest } from './manifest.js';

export interface FileChange {
  path: string;
  kind: 'added' | 'changed' | 'removed';
  /** Text on disk (undefined when added). */
  before?: string;
  /** Text produced (undefined when removed). */
  after?: string;
}

export interface OutputPlan {
  changes: FileChange[];
  unchanged: number;
}

/** The file operations the writer uses; tests pass one that fails on purpose. */
export interface WriterFs {
  writeFile(file: string, text: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(file: string, options: { force: boolean; recursive?: boolean }): Promise<void>;
  mkdir(dir: string, options: { recursive: true }): Promise<unknown>;
  rmdir(dir: string): Promise<void>;
}

const defaultFs: WriterFs = nodeFs;

/**
 * The same operations done at once, off libuv's thread pool: for a few files, as in a
 * watcher's runs, whose pool is busy with chokidar's scan of a changed docs folder (a
 * stat per doc) when the output is written.
 */
const immediateFs: WriterFs = {
  writeFile: async (file, text) => writeFileSync(file, text),
  rename: async (from, to) => renameSync(from, to),
  rm: async (file, options) => rmSync(file, options),
  mkdir: async (dir, options) => mkdirSync(dir, options),
  rmdir: async (dir) => rmdirSync(dir),
};

/** Up to this many file operations, the writer does them at once (immediateFs). */
const IMMEDIATE_MAX = 32;

/** A file in outDir that doc-codegen would overwrite but did not produce. */
export class OutputConflictError extends Error {
  override name = 'OutputConflictError';
}

const TEMP_SUFFIX = /\.doc-codegen-\d+\.tmp$/;

function tempPath(file: string): string {
  return `${file}.doc-codegen-${process.pid}.tmp`;
}

/** Compares `files` (relative path → text) with outDir; touches nothing. */
export async function planOutput(outDir: string, files: ReadonlyMap<string, string>): Promise<OutputPlan> {
  const manifest = await readManifest(outDir);
  return planAgainst(outDir, files, new Set(manifest?.files ?? []), (relative) => readText(resolveInside(outDir, relative)));
}

/**
 * Compares `files` with what a watcher knows it left in outDir (`known`: every file with
 * its text, the manifest included), without reading the disk.
 */
export function planOutputFromKnown(outDir: string, files: ReadonlyMap<string, string>, known: ReadonlyMap<string, string>): Promise<OutputPlan> {
  const owned = new Set([...known.keys()].filter((file) => file !== MANIFEST_FILE));
  return planAgainst(outDir, files, owned, async (relative) => known.get(relative));
}

/** The whole output as it will be on disk: the files and their manifest. */
export function withManifest(files: ReadonlyMap<string, string>): Map<string, string> {
  const all = new Map(files);
  all.set(MANIFEST_FILE, manifestText(files.keys()));
  return all;
}

async function planAgainst(
  outDir: string,
  files: ReadonlyMap<string, string>,
  owned: ReadonlySet<string>,
  readBefore: (relative: string) => Promise<string | undefined>,
): Promise<OutputPlan> {
  const all = withManifest(files);
  const changes: FileChange[] = [];
  let unchanged = 0;
  for (const [relative, after] of [...all].sort(([a], [b]) => compareText(a, b))) {
    const before = await readBefore(relative);
    if (before === after) {
      unchanged++;
      continue;
    }
    // Only files to write need checking (readBefore checks what it reads from disk).
    resolveInside(outDir, relative);
    if (before !== undefined && !owned.has(relative) && relative !== MANIFEST_FILE) {
      throw new OutputConflictError(
        `${path.join(outDir, relative)} exists but was not written by doc-codegen; move it away or delete it, then run again.`,
      );
    }
    changes.push(before === undefined ? { path: relative, kind: 'added', after } : { path: relative, kind: 'changed', before, after });
  }
  for (const relative of [...owned].sort(compareText)) {
    if (all.has(relative)) continue;
    resolveInside(outDir, relative);
    const before = await readBefore(relative);
    if (before !== undefined) changes.push({ path: relative, kind: 'removed', before });
  }
  return { changes, unchanged };
}

/**
 * Whether outDir holds exactly `files` (relative path → sha256) plus a manifest listing them,
 * with nothing else it produced: then emitting again would change nothing.
 */
export async function outputMatches(outDir: string, files: Readonly<Record<string, string>>): Promise<boolean> {
  const manifest = await readManifest(outDir);
  const produced = Object.keys(files).filter((file) => file !== MANIFEST_FILE);
  if (!manifest || manifest.files.length !== produced.length || manifest.files.some((file) => !(file in files))) return false;
  for (const [relative, hash] of Object.entries(files)) {
    // The bytes' hash is the text's (written as UTF-8), without decoding 20 MB of output.
    const bytes = readBytes(resolveInside(outDir, relative));
    if (bytes === undefined || sha256(bytes) !== hash) return false;
  }
  return true;
}

/** Files written or renamed at once: enough to keep the disk busy, few enough for any file-handle limit. */
const CONCURRENCY = 16;

/** Runs `task` over `items`, at most `limit` at a time; waits for all to settle, then throws the first failure. */
async function eachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (next < items.length && !failure) {
      const item = items[next++] as T;
      try {
        await task(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure) throw failure.error;
}

export interface ApplyOptions {
  /** The file operations (tests pass failing ones); default: node's, done at once for small plans. */
  fs?: WriterFs;
  /** Set by a watcher after its first run: no earlier run can have left temp files, so outDir is not walked for them. */
  noLeftovers?: boolean;
  /** Told how many files have been written (to their temp names), of how many. */
  onWritten?: (done: number, total: number) => void;
}

/** Applies a plan: prepare every write, then commit them, the manifest last. */
export async function applyOutput(outDir: string, plan: OutputPlan, options: ApplyOptions = {}): Promise<void> {
  const fs = options.fs ?? (plan.changes.length <= IMMEDIATE_MAX ? immediateFs : defaultFs);
  if (!options.noLeftovers) await removeLeftoverTempFiles(outDir, fs);
  const writes = plan.changes.filter((change) => change.kind !== 'removed');
  // The manifest goes last, so a run stopped before it leaves the previous manifest in charge.
  writes.sort((a, b) => Number(a.path === MANIFEST_FILE) - Number(b.path === MANIFEST_FILE));
  const prepared = writes.map((change) => {
    const target = resolveInside(outDir, change.path);
    return { temp: tempPath(target), target, text: change.after ?? '' };
  });
  const createdDirs: string[] = [];
  const written: string[] = [];
  let finished = 0;
  try {
    for (const dir of [...new Set(prepared.map(({ target }) => path.dirname(target)))].sort(compareText)) {
      const created = await fs.mkdir(dir, { recursive: true });
      if (typeof created === 'string') createdDirs.push(created);
    }
    await eachLimited(prepared, CONCURRENCY, async ({ temp, text }) => {
      written.push(temp);
      await fs.writeFile(temp, text);
      options.onWritten?.(++finished, prepared.length);
    });
  } catch (error) {
    await Promise.all(written.map((temp) => fs.rm(temp, { force: true })));
    // Folders made for new files hold nothing else yet.
    for (const dir of createdDirs.reverse()) await fs.rm(dir, { force: true, recursive: true });
    throw error;
  }
  const manifest = prepared.at(-1)?.target === path.join(outDir, MANIFEST_FILE) ? prepared.pop() : undefined;
  await eachLimited(prepared, CONCURRENCY, ({ temp, target }) => fs.rename(temp, target));
  const removed = plan.changes.filter((candidate) => candidate.kind === 'removed').map((change) => resolveInside(outDir, change.path));
  await eachLimited(removed, CONCURRENCY, (file) => fs.rm(file, { force: true }));
  for (const file of removed) await removeEmptyParents(path.dirname(file), outDir, fs);
  if (manifest) await fs.rename(manifest.temp, manifest.target);
}

/** Temp files of an earlier run that was killed before it could clean up. */
async function removeLeftoverTempFiles(outDir: string, fs: WriterFs): Promise<void> {
  const walk = async (dir: string): Promise<void> => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = await nodeFs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (TEMP_SUFFIX.test(entry.name)) await fs.rm(full, { force: true });
    }
  };
  await walk(outDir);
}

/** Read synchronously: comparing 1,460 files costs a few ms this way, hundreds as promises on libuv's thread pool. */
async function readText(file: string): Promise<string | undefined> {
  return readBytes(file)?.toString('utf8');
}

function readBytes(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The absolute path of `relative` in outDir; refuses anything that would land outside it. */
export function resolveInside(outDir: string, relative: string): string {
  const resolved = path.resolve(outDir, relative);
  const inside = path.relative(outDir, resolved);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside) || relative.includes('\0')) {
    throw new Error(`Refusing to write ${JSON.stringify(relative)}: it is outside ${outDir}.`);
  }
  return resolved;
}

async function removeEmptyParents(directory: string, stop: string, fs: WriterFs): Promise<void> {
  let current = directory;
  while (current.startsWith(stop) && current !== stop) {
    try {
      await fs.rmdir(current);
    } catch {
      return;
    }
    current = path.dirname(current);
  }
}
