// Short unified diffs of planned changes, for `generate --check`.
import { createTwoFilesPatch } from 'diff';
import type { FileChange } from './output.js';

export function changeDiff(change: FileChange, maxLines: number): string {
  const patch = createTwoFilesPatch(`a/${change.path}`, `b/${change.path}`, change.before ?? '', change.after ?? '', '', '', { context: 2 });
  const lines = patch.split('\n').slice(2).filter((line, index, all) => !(index === all.length - 1 && line === ''));
  if (lines.length <= maxLines) return lines.join('\n');
  return [...lines.slice(0, maxLines), `… ${lines.length - maxLines} more diff lines`].join('\n');
}
