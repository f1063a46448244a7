// `--format github`: workflow commands that GitHub Actions shows as annotations on the diff.
// Escaping follows @actions/core: data escapes % CR LF; properties also : and ,.
import { severityOf, type Diagnostic } from './diagnostic.js';
import { summaryLine } from './reporter.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(diagnostics: readonly Diagnostic[], verbose: boolean): string {
  const lines = diagnostics
    .filter((diagnostic) => verbose || severityOf(diagnostic) !== 'info')
    .map((diagnostic) => {
      const properties: [string, string | number | undefined][] = [
        ['file', diagnostic.file],
        ['line', diagnostic.line ?? 1],
        ['col', diagnostic.column ?? 1],
        ['endLine', diagnostic.place && 'end' in diagnostic.place ? diagnostic.place.end.line : undefined],
        ['endColumn', diagnostic.place && 'end' in diagnostic.place ? diagnostic.place.end.column : undefined],
        ['title', `doc-codegen ${diagnostic.ruleId ?? ''}`.trim()],
      ];
      const props = properties
        .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
      const message = diagnostic.note ? `${diagnostic.reason}\n${diagnostic.note}` : diagnostic.reason;
      return `::${COMMAND[severityOf(diagnostic)]} ${props}::${escapeData(message)}`;
    });
  const summary = summaryLine(diagnostics);
  if (summary) lines.push(summary);
  return lines.join('\n');
}
