import { afterEach } from 'vitest';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './paths.js';

/** A throwaway copy of this project's docs, config and generated/, for tests that edit them. */
export async function copyProject(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'doc-codegen-project-'));
  for (const entry of ['docs', 'generated', 'doc-codegen.config.json']) {
    await cp(path.join(REPO_ROOT, entry), path.join(dir, entry), { recursive: true });
  }
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export async function editFile(file: string, edit: (text: string) => string): Promise<void> {
  const before = await readFile(file, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`the edit changed nothing in ${file}`);
  await writeFile(file, after);
}

/**
 * For a test file: `project()` makes a throwaway copy of the project, and `later(cleanup)`
 * registers anything else to undo; all are undone after each test, last in first out.
 */
export function throwawayProjects(): { project: () => Promise<string>; later: (cleanup: () => Promise<void> | void) => void } {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  return {
    project: async () => {
      const { dir, cleanup } = await copyProject();
      cleanups.push(cleanup);
      return dir;
    },
    later: (cleanup) => void cleanups.push(cleanup),
  };
}
