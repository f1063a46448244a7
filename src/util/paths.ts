// Paths as the file system sees them: with links resolved, and the folder a glob starts in.
import { realpathSync } from 'node:fs';
import path from 'node:path';

/** `file` with links resolved (its nearest existing ancestor's, when it does not exist yet). */
export function realPath(file: string): string {
  const missing: string[] = [];
  let current = path.resolve(file);
  for (;;) {
    try {
      return path.join(realpathSync.native(current), ...missing.reverse());
    } catch (error) {
      const parent = path.dirname(current);
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || parent === current) throw error;
      missing.push(path.basename(current));
      current = parent;
    }
  }
}

/** The folder a glob starts in: its segments before the first one with a wildcard. */
export function globBase(pattern: string): string {
  const segments = pattern.split('/');
  const fixed: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (/[*?[\]{}()!]/.test(segment)) break;
    fixed.push(segment);
  }
  return fixed.join('/') || '.';
}

/** Whether `inner` is `outer` or inside it (both absolute). */
export function isWithin(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
