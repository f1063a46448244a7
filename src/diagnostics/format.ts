import type { Diagnostic } from './diagnostic.js';
import { formatGithub } from './report-github.js';
import { formatJson } from './report-json.js';
import { formatPretty, type ReportFormat } from './reporter.js';

export interface FormatOptions {
  format: ReportFormat;
  color: boolean;
  verbose: boolean;
}

/** The report of `diagnostics` in the chosen format; empty when there is nothing to show. */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], options: FormatOptions, extra?: Record<string, unknown>): string {
  switch (options.format) {
    case 'json':
      return formatJson(diagnostics, extra);
    case 'github':
      return formatGithub(diagnostics, options.verbose);
    case 'pretty':
      return formatPretty(diagnostics, options);
  }
}
