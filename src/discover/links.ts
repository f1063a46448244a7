// Symbolic links among the docs: the glob skips one that is dangling or loops without a word,
// and reads a doc twice through a link to it (or a folder link that loops back). Both are
// reported; a doc reached twice is read once, under the first path.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { globBase } from '../util/paths.js';
import { matcherOf } from './select.js';

const DOC_FILE = /\.(md|mdx|markdown)$/i;

/** Links named by `patterns` that lead nowhere: to a missing file, or round in a loop. */
export function brokenDocLinks(root: string, patterns: readonly string[]): Diagnostic[] {
  const named = matcherOf(patterns);
  const bases = [...new Set(patterns.filter((pattern) => !pattern.startsWith('!')).map((pattern) => path.resolve(root, globBase(pattern))))];
  const found = new Map<string, Diagnostic>();
  for (const base of bases) {
    let entries;
    try {
      // Links are listed, not followed.
      entries = readdirSync(base, { recursive: true, withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (!entry.isSymbolicLink() || !DOC_FILE.test(entry.name)) continue;
      const relative = path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
      if (found.has(relative) || !named(relative)) continue;
      try {
        statSync(path.join(root, relative));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const why = code === 'ELOOP' ? 'loops back to itself' : 'leads to a file that does not exist';
        found.set(relative, createDiagnostic('doc-link-skipped', `${relative} is a symbolic link that ${why} (${code}): not read`, relative, { line: 1, column: 1 }));
      }
    }
  }
  return [...found.values()];
}

/** `paths` (relative, `/`) with each real file once, under its first path; a later path to the same file is reported. */
export function readOnce(root: string, paths: readonly string[]): { paths: string[]; diagnostics: Diagnostic[] } {
  const first = new Map<string, string>();
  const kept: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const relative of paths) {
    let real: string;
    try {
      real = realpathSync.native(path.join(root, relative));
    } catch {
      real = relative;
    }
    const earlier = first.get(real);
    if (earlier === undefined) {
      first.set(real, relative);
      kept.push(relative);
    } else {
      diagnostics.push(createDiagnostic('doc-link-skipped', `${relative} is ${earlier} again, reached through a symbolic link: read once, as ${earlier}`, relative, { line: 1, column: 1 }));
    }
  }
  return { paths: kept, diagnostics };
}
