// The file operations the writer uses: node's, or a test's that fails or stops at a chosen step.
import { copyFileSync, linkSync, mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';

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
 * Node's operations, each done at once. Measured on the real set's output (1,468 files, 22 MB):
 * written one after the other at once, 65 ms; as promises, 16 at a time on libuv's thread
 * pool, 100 to 210 ms, and up to 700 ms in a run whose main thread the pool's callbacks wait
 * for. (A watcher's pool is busy with chokidar's stats too.) The progress line is drawn at
 * once as well, so a long write still shows it.
 */
export const nodeWriterFs: WriterFs = {
  writeFile: async (file, text) => writeFileSync(file, text),
  rename: async (from, to) => renameSync(from, to),
  rm: async (file, options) => rmSync(file, options),
  mkdir: async (dir, options) => mkdirSync(dir, options),
  link: async (existing, created) => linkSync(existing, created),
  copyFile: async (from, to) => copyFileSync(from, to),
  symlink: async (target, created) => symlinkSync(target, created),
};
