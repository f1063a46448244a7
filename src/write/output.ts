// The only stage that touches outDir. It compares the emitted files with the disk and,
// unless checking, builds the whole new output in a folder beside outDir, then swaps it in
// (swap.ts): the files it produces, written or (when unchanged) hard-linked, and everything
// else outDir holds, carried over as it is. A failure while building removes the new folder
// and leaves outDir as it was; a kill is completed or cleaned up by the next run. Links in
// outDir are never followed: one where a file is to go is refused.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { sha256 } from '../util/hash.js';
import { compareText } from '../util/order.js';
import { isWithin } from '../util/paths.js';
import { MANIFEST_FILE, manifestText, readManifest } from './manifest.js';
import { removeIfEmpty, runFolders, swapIn, workFolderOf } from './swap.js';
import { blockedBy, foldersOf, readOutputTree, type OutputTree } from './tree.js';
import { nodeWriterFs, type WriterFs } from './writer-fs.js';

export type { WriterFs } from './writer-fs.js';

export interface FileChange {
  path: string;
  kind: 'added' | 'changed' | 'removed';
  /** Text on disk (undefined when added). */
  before?: string;
  /** Text produced (undefined when removed). */
  after?: string;
}

/** What the new output takes over from outDir as it is (paths relative to it, `/`). */
export interface CarriedEntries {
  /** Its files: unchanged ones doc-codegen produced, and every file it did not produce. */
  files: string[];
  /** Folders that would otherwise be missing: empty ones. */
  dirs: string[];
  /** Symbolic links (path → target), recreated as links. */
  links: [string, string][];
}

export interface OutputPlan {
  changes: FileChange[];
  unchanged: number;
  /** outDir with links in its path resolved. */
  root?: string;
  carried?: CarriedEntries;
  /** What interrupted runs left (absolute paths): temp files in outDir, which the next write removes. */
  leftovers?: string[];
}

/** A file in outDir that doc-codegen would overwrite but did not produce, or a link it would write through. */
export class OutputConflictError extends Error {
  override name = 'OutputConflictError';
}

/**
 * Compares `files` (relative path → text) with outDir; touches nothing. `known`: every file a
 * watcher knows it left there, with its text (the manifest included), read instead of the disk.
 */
export async function planOutput(outDir: string, files: ReadonlyMap<string, string>, known?: ReadonlyMap<string, string>): Promise<OutputPlan> {
  const tree = readOutputTree(outDir);
  const owned = known ? new Set([...known.keys()].filter((file) => file !== MANIFEST_FILE)) : new Set((await readManifest(tree.root))?.files ?? []);
  const readBefore = (relative: string): string | undefined =>
    !tree.files.has(relative) ? undefined : known ? known.get(relative) : readBytes(path.join(tree.root, relative))?.toString('utf8');
  return planAgainst(outDir, tree, files, owned, readBefore);
}

/** The whole output as it will be on disk: the files and their manifest. */
export function withManifest(files: ReadonlyMap<string, string>): Map<string, string> {
  const all = new Map(files);
  all.set(MANIFEST_FILE, manifestText(files.keys()));
  return all;
}

function refuseToWrite(outDir: string, tree: OutputTree, relative: string, owned: ReadonlySet<string>): void {
  resolveInside(outDir, relative);
  const link = blockedBy(tree, relative);
  if (link !== undefined) {
    const what = tree.links.has(link) ? 'a symbolic link' : 'not a regular file or folder';
    throw new OutputConflictError(
      `${path.join(outDir, link)} is ${what}, and doc-codegen would write ${relative} through it; it writes real files and never follows links: remove it, then run again.`,
    );
  }
  for (const folder of foldersOf(relative)) {
    if (tree.files.has(folder) && !owned.has(folder)) throw new OutputConflictError(`${path.join(outDir, folder)} is a file where doc-codegen needs a folder; move it away, then run again.`);
  }
  if (tree.dirs.has(relative)) throw new OutputConflictError(`${path.join(outDir, relative)} is a folder where doc-codegen writes a file; move it away, then run again.`);
}

function planAgainst(
  outDir: string,
  tree: OutputTree,
  files: ReadonlyMap<string, string>,
  owned: ReadonlySet<string>,
  readBefore: (relative: string) => string | undefined,
): OutputPlan {
  const all = withManifest(files);
  const changes: FileChange[] = [];
  const carried: CarriedEntries = { files: [], dirs: [], links: [...tree.links].sort(([a], [b]) => compareText(a, b)) };
  let unchanged = 0;
  for (const [relative, after] of [...all].sort(([a], [b]) => compareText(a, b))) {
    refuseToWrite(outDir, tree, relative, owned);
    const before = readBefore(relative);
    if (before === after) {
      unchanged++;
      carried.files.push(relative);
      continue;
    }
    if (before !== undefined && !owned.has(relative) && relative !== MANIFEST_FILE) {
      throw new OutputConflictError(
        `${path.join(outDir, relative)} exists but was not written by doc-codegen; move it away or delete it, then run again.`,
      );
    }
    changes.push(before === undefined ? { path: relative, kind: 'added', after } : { path: relative, kind: 'changed', before, after });
  }
  for (const relative of [...tree.files].sort(compareText)) {
    if (all.has(relative)) continue;
    if (!owned.has(relative)) {
      carried.files.push(relative);
      continue;
    }
    resolveInside(outDir, relative);
    changes.push({ path: relative, kind: 'removed', before: readBefore(relative) ?? '' });
  }
  carried.files.push(...[...tree.others].sort(compareText));
  carried.dirs = emptyFolders(tree);
  return { changes, unchanged, root: tree.root, carried, leftovers: tree.leftovers.map((file) => path.join(outDir, file)) };
}

/** Folders of outDir with nothing in them: carried so that the new output has them too. */
function emptyFolders(tree: OutputTree): string[] {
  const parents = new Set<string>();
  for (const entry of [...tree.files, ...tree.dirs, ...tree.links.keys(), ...tree.others, ...tree.leftovers]) {
    const slash = entry.lastIndexOf('/');
    if (slash > 0) parents.add(entry.slice(0, slash));
  }
  return [...tree.dirs].filter((dir) => !parents.has(dir)).sort(compareText);
}

/**
 * Whether outDir holds exactly `files` (relative path → sha256) plus a manifest listing them,
 * with nothing else it produced and no leftovers: then emitting again would change nothing.
 */
export async function outputMatches(outDir: string, files: Readonly<Record<string, string>>): Promise<boolean> {
  const tree = readOutputTree(outDir);
  const manifest = await readManifest(tree.root);
  const produced = Object.keys(files).filter((file) => file !== MANIFEST_FILE);
  if (!manifest || tree.leftovers.length > 0 || manifest.files.length !== produced.length || manifest.files.some((file) => !(file in files))) return false;
  for (const [relative, hash] of Object.entries(files)) {
    if (!tree.files.has(relative) || blockedBy(tree, relative) !== undefined) return false;
    // The bytes' hash is the text's (written as UTF-8), without decoding 20 MB of output.
    const bytes = readBytes(path.join(tree.root, relative));
    if (bytes === undefined || sha256(bytes) !== hash) return false;
  }
  return true;
}

export interface ApplyOptions {
  /** The file operations (tests pass failing or stopping ones); default: node's. */
  fs?: WriterFs;
  /** Told how many files have been written, of how many. */
  onWritten?: (done: number, total: number) => void;
}

/** Applies a plan: builds the new output beside outDir, then swaps it in. */
export async function applyOutput(outDir: string, plan: OutputPlan, options: ApplyOptions = {}): Promise<void> {
  const writes = plan.changes.filter((change) => change.kind !== 'removed');
  const fs = options.fs ?? nodeWriterFs;
  const root = plan.root ?? readOutputTree(outDir).root;
  const carried = plan.carried ?? { files: [], dirs: [], links: [] };
  const folders = runFolders(root);
  await fs.rm(folders.next, { force: true, recursive: true });
  try {
    await fs.mkdir(folders.next, { recursive: true, mode: folderMode(root) });
    const entries = [...carried.files, ...carried.links.map(([link]) => link), ...writes.map((change) => change.path)];
    const dirs = new Set([...carried.dirs, ...entries.flatMap(foldersOf)]);
    for (const dir of [...dirs].sort(compareText)) await fs.mkdir(path.join(folders.next, dir), { recursive: true });
    for (const file of carried.files) await carry(fs, path.join(root, file), path.join(folders.next, file));
    for (const [link, target] of carried.links) await fs.symlink(target, path.join(folders.next, link));
    let finished = 0;
    for (const change of writes) {
      await fs.writeFile(path.join(folders.next, change.path), change.after ?? '');
      options.onWritten?.(++finished, writes.length);
    }
  } catch (error) {
    await fs.rm(folders.next, { force: true, recursive: true });
    removeIfEmpty(workFolderOf(root));
    throw error;
  }
  await swapIn(root, folders, fs);
  removeIfEmpty(workFolderOf(root));
}

/** A file carried into the new output: hard-linked (same bytes, no copy), or copied where links are not allowed. */
async function carry(fs: WriterFs, from: string, to: string): Promise<void> {
  try {
    await fs.link(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'EMLINK' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw error;
    await fs.copyFile(from, to);
  }
}

/** outDir's permissions, for the folder that replaces it (default ones for a first run). */
function folderMode(root: string): number | undefined {
  try {
    return statSync(root).mode & 0o7777;
  } catch {
    return undefined;
  }
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
  if (resolved === path.resolve(outDir) || !isWithin(resolved, outDir) || relative.includes('\0')) {
    throw new Error(`Refusing to write ${JSON.stringify(relative)}: it is outside ${outDir}.`);
  }
  return resolved;
}
