// The only stage that touches outDir. It compares the emitted files with the disk,
// writes only what changed (each file written beside itself, then renamed over it),
// removes what it produced before and no longer produces, and writes the manifest
// last. In check mode it only compares.
import { mkdir, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
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

/** A file in outDir that doc-codegen would overwrite but did not produce. */
export class OutputConflictError extends Error {
  override name = 'OutputConflictError';
}

/** Compares `files` (relative path → text) with outDir; touches nothing. */
export async function planOutput(outDir: string, files: ReadonlyMap<string, string>): Promise<OutputPlan> {
  const manifest = await readManifest(outDir);
  const owned = new Set(manifest?.files ?? []);
  const all = new Map(files);
  all.set(MANIFEST_FILE, manifestText(files.keys()));
  const changes: FileChange[] = [];
  let unchanged = 0;
  for (const [relative, after] of [...all].sort(([a], [b]) => compareText(a, b))) {
    const before = await readText(resolveInside(outDir, relative));
    if (before === after) {
      unchanged++;
      continue;
    }
    if (before !== undefined && !owned.has(relative) && relative !== MANIFEST_FILE) {
      throw new OutputConflictError(
        `${path.join(outDir, relative)} exists but was not written by doc-codegen; move it away or delete it, then run again.`,
      );
    }
    changes.push(before === undefined ? { path: relative, kind: 'added', after } : { path: relative, kind: 'changed', before, after });
  }
  for (const relative of [...owned].sort(compareText)) {
    if (all.has(relative)) continue;
    const before = await readText(resolveInside(outDir, relative));
    if (before !== undefined) changes.push({ path: relative, kind: 'removed', before });
  }
  return { changes, unchanged };
}

/** Applies a plan: writes added and changed files, removes removed ones, the manifest last. */
export async function applyOutput(outDir: string, plan: OutputPlan): Promise<void> {
  const writes = plan.changes.filter((change) => change.kind !== 'removed' && change.path !== MANIFEST_FILE);
  for (const change of writes) await writeAtomically(resolveInside(outDir, change.path), change.after ?? '');
  for (const change of plan.changes.filter((change) => change.kind === 'removed')) {
    const file = resolveInside(outDir, change.path);
    await rm(file, { force: true });
    await removeEmptyParents(path.dirname(file), outDir);
  }
  const manifest = plan.changes.find((change) => change.path === MANIFEST_FILE);
  if (manifest?.after !== undefined) await writeAtomically(path.join(outDir, MANIFEST_FILE), manifest.after);
}

async function writeAtomically(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, file);
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
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

async function removeEmptyParents(directory: string, stop: string): Promise<void> {
  let current = directory;
  while (current.startsWith(stop) && current !== stop) {
    try {
      await rmdir(current);
    } catch {
      return;
    }
    current = path.dirname(current);
  }
}
