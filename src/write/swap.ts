// The one switch. A run builds its whole output in a folder beside outDir, then swaps it in:
//   1. journal: `{next, old}` is written (renamed into place): from here the run is committed;
//   2. outDir is renamed to `old`, `next` to outDir (two renames, microseconds apart);
//   3. the journal and `old` are removed.
// Readers see the whole old output or the whole new one (or, for the instant between the two
// renames, no folder). A run killed anywhere leaves the journal or its leftovers in the work
// folder, and the next run completes the swap (journal present) or removes them (absent).
// Everything lives in one hidden work folder beside outDir, `.<name>.doc-codegen/`, removed
// when empty.
import { existsSync, readdirSync, readFileSync, rmdirSync } from 'node:fs';
import path from 'node:path';
import type { WriterFs } from './writer-fs.js';

/** The hidden folder beside outDir that holds its lock, journal and the folder being built. */
export function workFolderOf(outDir: string): string {
  return path.join(path.dirname(outDir), `.${path.basename(outDir)}.doc-codegen`);
}

const RUN_FOLDER = /^(next|old)-(\d+)$/;
const JOURNAL = 'journal.json';

/** Where this run builds its output and puts the old one aside. */
export function runFolders(outDir: string, pid: number = process.pid): { next: string; old: string } {
  const work = workFolderOf(outDir);
  return { next: path.join(work, `next-${pid}`), old: path.join(work, `old-${pid}`) };
}

interface Journal {
  next: string;
  old: string;
}

function readJournal(file: string): Journal | undefined {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<Journal>;
    if (typeof data.next === 'string' && typeof data.old === 'string') return { next: data.next, old: data.old };
  } catch {
    // Unreadable: the rename that commits it never happened, so nothing was committed.
  }
  return undefined;
}

/** Swaps `next` in as outDir (steps 1 to 3 above), through `fs`: a test's fs stops at any step. */
export async function swapIn(outDir: string, folders: { next: string; old: string }, fs: WriterFs): Promise<void> {
  const work = workFolderOf(outDir);
  const journal = path.join(work, JOURNAL);
  const names = { next: path.basename(folders.next), old: path.basename(folders.old) };
  await fs.writeFile(`${journal}.tmp`, `${JSON.stringify(names)}\n`);
  try {
    await fs.rename(`${journal}.tmp`, journal);
  } catch (error) {
    await fs.rm(`${journal}.tmp`, { force: true });
    await fs.rm(folders.next, { force: true, recursive: true });
    throw error;
  }
  try {
    await finishSwap(outDir, folders, fs);
  } catch (error) {
    // A rename refused (not a kill): the old output goes back, as if this run had not committed.
    if (!existsSync(outDir) && existsSync(folders.old)) await fs.rename(folders.old, outDir);
    await fs.rm(folders.next, { force: true, recursive: true });
    await fs.rm(journal, { force: true });
    throw error;
  }
  await fs.rm(journal, { force: true });
  await removeOld(folders.old, fs);
}

/** Steps 2 of a committed swap, from wherever it stopped. */
async function finishSwap(outDir: string, folders: { next: string; old: string }, fs: WriterFs): Promise<void> {
  if (!existsSync(folders.next)) return;
  if (existsSync(outDir)) await fs.rename(outDir, folders.old);
  await fs.rename(folders.next, outDir);
}

async function removeOld(old: string, fs: WriterFs): Promise<void> {
  try {
    await fs.rm(old, { force: true, recursive: true });
  } catch {
    // The new output is in place; the old one is a dead run's folder to the next run, which removes it.
  }
}

export interface Interrupted {
  /** An interrupted run had committed: its swap is to be completed. */
  committed: boolean;
  /** Folders of dead runs in the work folder, and a stray journal. */
  leftovers: string[];
}

/** What interrupted runs left beside outDir (read only; `live` tells whether a pid still runs). */
export function findInterrupted(outDir: string, live: (pid: number) => boolean): Interrupted {
  const work = workFolderOf(outDir);
  let names: string[];
  try {
    names = readdirSync(work);
  } catch {
    return { committed: false, leftovers: [] };
  }
  const journal = names.includes(JOURNAL) ? readJournal(path.join(work, JOURNAL)) : undefined;
  const leftovers = names
    .filter((name) => {
      const match = RUN_FOLDER.exec(name);
      return match !== null && !live(Number(match[2]));
    })
    .map((name) => path.join(work, name));
  for (const name of names) if (name === JOURNAL || name === `${JOURNAL}.tmp`) leftovers.push(path.join(work, name));
  return { committed: journal !== undefined && existsSync(path.join(work, journal.next)), leftovers };
}

/** Completes a committed swap, then removes dead runs' folders and the journal. Returns what it did. */
export async function repairInterrupted(outDir: string, live: (pid: number) => boolean, fs: WriterFs): Promise<Interrupted> {
  const found = findInterrupted(outDir, live);
  const work = workFolderOf(outDir);
  const journal = found.committed ? readJournal(path.join(work, JOURNAL)) : undefined;
  if (journal) {
    const folders = { next: path.join(work, journal.next), old: path.join(work, journal.old) };
    await finishSwap(outDir, folders, fs);
    // Made just now, when the interrupted run stopped before putting outDir aside.
    await fs.rm(folders.old, { force: true, recursive: true });
  }
  for (const leftover of found.leftovers) await fs.rm(leftover, { force: true, recursive: true });
  removeIfEmpty(work);
  return found;
}

/** The work folder goes when nothing is left in it (a lock or another run's folder keeps it). */
export function removeIfEmpty(dir: string): void {
  try {
    rmdirSync(dir);
  } catch {
    // Not empty, or gone.
  }
}
