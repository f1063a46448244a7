// The file operations the writer uses: node's, or a test's that fails or stops at a chosen step.
import { copyFileSync, linkSync, mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';

export interface WriterFs {
  writeFile(file: string, text: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(file: string, options: { force: boolean; recursive?: boolean }): Promise<void>;
  mkdir(dir: string, options: { recursive: true; mode?: number }): Promise<unknown>;
  /** A hard link: a file carried into the new output without copying its bytes. */
  link(existing: string, created: string): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  symlink(target: string, created: string): Promise<void>;
}

/**
 * Node's operations. Folder and link operations take microseconds and run at once, off libuv's
 * thread pool (busy, in a watcher, with chokidar's stats); file writes of many files go through
 * the pool, a few at a time.
 */
export const nodeWriterFs: WriterFs = {
  writeFile: (file, text) => writeFile(file, text),
  rename: async (from, to) => renameSync(from, to),
  rm: async (file, options) => rmSync(file, options),
  mkdir: async (dir, options) => mkdirSync(dir, options),
  link: async (existing, created) => linkSync(existing, created),
  copyFile: async (from, to) => copyFileSync(from, to),
  symlink: async (target, created) => symlinkSync(target, created),
};

/** The same, writing files at once too: for small outputs, as in a watcher's runs. */
export const immediateWriterFs: WriterFs = { ...nodeWriterFs, writeFile: async (file, text) => writeFileSync(file, text) };
