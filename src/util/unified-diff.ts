// Short unified diffs of a file's text before and after, for `generate --check` and `--fix --dry-run`.
import { createTwoFilesPatch } from 'diff';

/** The diff of `path` from `before` to `after`, at most `maxLines` lines below its `---`/`+++` header. */
export function unifiedDiff(path: string, before: string, after: string, maxLines = Number.POSITIVE_INFINITY): string {
  // No headers: jsdiff then writes `--- a/FILE` without a trailing tab. Its first line (`====…`) is dropped.
  const patch = createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, { context: 2 });
  const lines = patch.split('\n').slice(1).filter((line, index, all) => !(index === all.length - 1 && line === ''));
  // The `---`/`+++` lines name the file: `maxLines` counts the lines below them.
  const [header, body] = [lines.slice(0, 2), lines.slice(2)];
  if (body.length <= maxLines) return lines.join('\n');
  return [...header, ...body.slice(0, maxLines), `… ${body.length - maxLines} more diff lines`].join('\n');
}
