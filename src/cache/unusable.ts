// A cache that cannot be written never fails a run: the fault becomes one warning, and the
// run's output is what it would be with --no-cache.
import path from 'node:path';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';

/** The `cache-unusable` warning for `error`, met while writing the cache in `cacheDir`. */
export function cacheUnusable(error: unknown, cacheDir: string, root: string): Diagnostic {
  const fault = error as NodeJS.ErrnoException;
  const shown = path.relative(root, cacheDir).split(path.sep).join('/') || '.';
  const why = typeof fault?.code === 'string' ? `${fault.code}${fault.path ? ` at ${path.relative(root, fault.path).split(path.sep).join('/')}` : ''}` : String((error as Error)?.message ?? error);
  return createDiagnostic('cache-unusable', `The cache in ${shown} cannot be written (${why}); this run went on without it`, shown, { line: 1, column: 1 });
}

/** Runs `write`; its fault, if any, as a `cache-unusable` warning (at most one per run: see `withCacheWarning`). */
export async function writeCache(write: () => Promise<void>, cacheDir: string, root: string): Promise<Diagnostic | undefined> {
  try {
    await write();
    return undefined;
  } catch (error) {
    return cacheUnusable(error, cacheDir, root);
  }
}

/** `diagnostics` with `warning` added, unless it is undefined or the run already has one. */
export function withCacheWarning(diagnostics: Diagnostic[], warning: Diagnostic | undefined): Diagnostic[] {
  if (!warning || diagnostics.some((diagnostic) => diagnostic.ruleId === 'cache-unusable')) return diagnostics;
  return [...diagnostics, warning];
}
