// One run at a time per outDir. The lock is a file beside outDir (in its work folder, see
// swap.ts) created exclusively; it names its holder, so a waiting run can say who holds it,
// and a holder that died (its pid gone on this host) is taken over instead of waited for.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { removeIfEmpty, workFolderOf } from './swap.js';
import { realPath } from '../util/paths.js';

export interface LockHolder {
  pid: number;
  host: string;
  since: string;
  command: string;
}

/** The run could not take the lock within its wait: another run holds outDir. */
export class OutputLockedError extends Error {
  override name = 'OutputLockedError';
  constructor(
    readonly outDir: string,
    readonly holder: LockHolder | undefined,
    waitedMs: number,
  ) {
    const who = holder ? `doc-codegen (pid ${holder.pid} on ${holder.host}, \`${holder.command}\`, since ${holder.since})` : 'another doc-codegen run';
    super(
      `${outDir} is being written by ${who}; waited ${Math.round(waitedMs / 1000)} s. ` +
        `Let that run finish (or stop it), then run again; a longer wait: --lock-wait <seconds>.`,
    );
  }
}

export interface LockOptions {
  /** How long to wait for another run's lock (ms); default 30 s. */
  waitMs?: number;
  /** Told once when the run starts waiting. */
  onWait?: (holder: LockHolder | undefined) => void;
}

export const DEFAULT_LOCK_WAIT_MS = 30_000;
const POLL_MS = 50;

/** Whether `pid` is a live process on this host. */
export function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): LockHolder | undefined {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockHolder>;
    if (typeof data.pid === 'number' && typeof data.host === 'string') return data as LockHolder;
  } catch {
    // Being written, or removed meanwhile: unknown holder.
  }
  return undefined;
}

/** Tries once: `taken` (ours now), `retry` (a dead holder's lock was moved aside, or the folder went) or `held`. */
function tryLock(file: string): 'taken' | 'retry' | 'held' {
  mkdirSync(path.dirname(file), { recursive: true });
  const holder: LockHolder = { pid: process.pid, host: os.hostname(), since: new Date().toISOString(), command: process.argv.slice(2).join(' ') };
  try {
    writeFileSync(file, `${JSON.stringify(holder)}\n`, { flag: 'wx' });
    return 'taken';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // The work folder was removed by the run that just finished: try again.
    if (code === 'ENOENT') return 'retry';
    if (code !== 'EEXIST') throw error;
  }
  const held = readHolder(file);
  if (held && held.host === os.hostname() && !processAlive(held.pid)) {
    // A dead holder's lock: moved aside (only one waiting run wins the rename), then retried.
    const aside = `${file}.stale-${process.pid}`;
    try {
      renameSync(file, aside);
      rmSync(aside, { force: true });
    } catch {
      // Another run took it over first.
    }
    return 'retry';
  }
  return 'held';
}

/** Takes outDir's lock, waiting up to `waitMs`; returns its release. */
export async function lockOutput(outDir: string, options: LockOptions = {}): Promise<() => void> {
  const file = path.join(workFolderOf(realPath(outDir)), 'lock');
  const wait = options.waitMs ?? DEFAULT_LOCK_WAIT_MS;
  const start = Date.now();
  let told = false;
  let retries = 0;
  for (let attempt = tryLock(file); attempt !== 'taken'; attempt = tryLock(file)) {
    // At once after a takeover; a takeover that keeps failing (a read-only folder) counts as held.
    if (attempt === 'retry' && ++retries < 100) continue;
    const waited = Date.now() - start;
    if (waited >= wait) throw new OutputLockedError(outDir, readHolder(file), waited);
    if (!told) options.onWait?.(readHolder(file));
    told = true;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return () => {
    rmSync(file, { force: true });
    removeIfEmpty(path.dirname(file));
  };
}
