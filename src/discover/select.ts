// Whether a path is one of the docs a config names, without listing the folder: for a file
// the editor hands over, and for links the glob would have skipped.
import path from 'node:path';
import picomatch from 'picomatch';
import { isWithin } from '../util/paths.js';

/** Whether `relative` (to the config's folder, `/`) is named by `patterns`; a pattern starting with `!` leaves files out. */
export function matcherOf(patterns: readonly string[]): (relative: string) => boolean {
  const positive = patterns.filter((pattern) => !pattern.startsWith('!'));
  const negative = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => pattern.slice(1));
  const named = picomatch(positive, { dot: false });
  const excluded = negative.length > 0 ? picomatch(negative, { dot: false }) : () => false;
  return (relative) => named(relative) && !excluded(relative);
}

/** outDir relative to the config's folder (`/`), when it is inside it: no doc is read from there. */
export function outputFolderIn(root: string, outDir: string | undefined): string | undefined {
  if (outDir === undefined || !isWithin(outDir, root) || path.resolve(outDir) === path.resolve(root)) return undefined;
  return path.relative(root, outDir).split(path.sep).join('/');
}

/** Whether `relative` is a doc of the config: named by its `docs` globs, and not in its outDir. */
export function docSelector(root: string, docs: readonly string[], outDir: string): (relative: string) => boolean {
  const named = matcherOf(docs);
  const output = outputFolderIn(root, outDir);
  return (relative) => named(relative) && !(output !== undefined && relative.startsWith(`${output}/`));
}
