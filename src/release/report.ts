// The classified changes as text: pretty for terminals, markdown for a PR comment, JSON for tools.
import { describeChange, releaseLevel, type ChangeLevel, type ModelChange } from '../model/diff.js';

export type ChangeFormat = 'pretty' | 'json' | 'markdown';
export const CHANGE_FORMATS: readonly ChangeFormat[] = ['pretty', 'json', 'markdown'];

const TITLES: Record<ChangeLevel, string> = { major: 'Breaking (major)', minor: 'Added (minor)', patch: 'Docs text (patch)' };

export function formatChanges(changes: readonly ModelChange[], format: ChangeFormat): string {
  const level = releaseLevel(changes);
  if (format === 'json') return `${JSON.stringify({ level: level ?? null, changes }, null, 2)}\n`;
  if (changes.length === 0) return format === 'markdown' ? 'No changes to the generated package.\n' : 'doc-codegen: no changes.\n';
  const lines: string[] = [];
  if (format === 'markdown') lines.push(`### doc-codegen: a ${level} release`, '');
  else lines.push(`doc-codegen: ${changes.length} change${changes.length === 1 ? '' : 's'}, a ${level} release.`);
  for (const group of ['major', 'minor', 'patch'] as const) {
    const list = changes.filter((change) => change.level === group);
    if (list.length === 0) continue;
    if (format === 'markdown') {
      lines.push(`**${TITLES[group]}**`, '', '| module | change | where |', '| --- | --- | --- |');
      for (const change of list) {
        lines.push(`| \`${change.module}\` | ${escapeCell(describeChange(change))} | \`${change.source.path}:${change.source.line}\` |`);
      }
      lines.push('');
    } else {
      lines.push('', `${TITLES[group]}:`);
      for (const change of list) lines.push(`  ${change.source.path}:${change.source.line}  ${change.module}  ${describeChange(change)}`);
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
