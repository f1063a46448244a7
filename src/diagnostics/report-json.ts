// `--format json`: every diagnostic with its place, rule, severity and advice, plus counts.
import { severityOf, type Diagnostic } from './diagnostic.js';
import { countBySeverity } from './reporter.js';

/** `extra` adds fields beside diagnostics and summary (lint adds its translation report). */
export function formatJson(diagnostics: readonly Diagnostic[], extra: Record<string, unknown> = {}): string {
  const items = diagnostics.map((diagnostic) => ({
    file: diagnostic.file,
    line: diagnostic.line ?? 1,
    column: diagnostic.column ?? 1,
    endLine: diagnostic.place && 'end' in diagnostic.place ? diagnostic.place.end.line : undefined,
    endColumn: diagnostic.place && 'end' in diagnostic.place ? diagnostic.place.end.column : undefined,
    severity: severityOf(diagnostic),
    ruleId: diagnostic.ruleId,
    source: diagnostic.source,
    message: diagnostic.reason,
    fix: diagnostic.note,
    // What `lint --fix` and the editor's quick fix put in place of line:column–endLine:endColumn.
    replacement: diagnostic.expected?.[0],
    url: diagnostic.url,
  }));
  return `${JSON.stringify({ diagnostics: items, summary: countBySeverity(diagnostics), ...extra }, null, 2)}\n`;
}
