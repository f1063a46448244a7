// Short unified diffs of planned changes, for `generate --check`.
import { createTwoFilesPatch } from 'diff';
import type { FileChange } from './output.js';

export function changeDiff(change: FileChange, maxLines: number): string {
  // No headers: jsdiff then writes `--- a/FILE` without a trailing tab. Its first line (`====…`) is dropped.
  const patch = createTwoFilesPatch(`a/${change.path}`, `b/${change.path}`, change.before ?? '', change.after ?? '', undefined, undefined, { context: 2 });
  const lines = patch.split('\n').slice(1).filter((line, index, all) => !(index === all.length - 1 && line === ''));
  // The `---`/`+++` lines name the file: `maxLines` counts the lines below them.
  const [header, body] = [lines.slice(0, 2), lines.slice(2)];
  if (body.length <= maxLines) return lines.join('\n');
  return [...header, ...body.slice(0, maxLines), `… ${body.length - maxLines} more diff lines`].join('\n');
}
