// Pretty report in the style of vfile-reporter: grouped by file, one line a
// message with line:column, severity, reason and rule id, then what to do.
import { compareText } from '../util/order.js';
import { severityOf, type Diagnostic } from './diagnostic.js';
import type { Severity } from './rules.js';

export interface ReportOptions {
  color: boolean;
  /** Include info messages (skipped docs, ignored tables). */
  verbose: boolean;
}

const COLORS: Record<Severity | 'dim' | 'bold', [string, string]> = {
  error: ['\u001b[31m', '\u001b[39m'],
  warning: ['\u001b[33m', '\u001b[39m'],
  info: ['\u001b[36m', '\u001b[39m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  bold: ['\u001b[1m', '\u001b[22m'],
};

/** Colors on when stdout/stderr is a TTY, unless NO_COLOR; FORCE_COLOR forces them. */
export function shouldColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return stream.isTTY === true;
}

export function formatPretty(diagnostics: readonly Diagnostic[], options: ReportOptions): string {
  const paint = (kind: keyof typeof COLORS, text: string): string =>
    options.color ? `${COLORS[kind][0]}${text}${COLORS[kind][1]}` : text;
  const shown = diagnostics.filter((diagnostic) => options.verbose || severityOf(diagnostic) !== 'info');
  const byFile = new Map<string, Diagnostic[]>();
  for (const diagnostic of shown) {
    const file = diagnostic.file ?? '';
    byFile.set(file, [...(byFile.get(file) ?? []), diagnostic]);
  }
  const blocks: string[] = [];
  for (const file of [...byFile.keys()].sort(compareText)) {
    const lines = [paint('bold', file)];
    for (const diagnostic of byFile.get(file) ?? []) {
      const severity = severityOf(diagnostic);
      const place = `${diagnostic.line ?? 1}:${diagnostic.column ?? 1}`;
      lines.push(`  ${place.padEnd(7)} ${paint(severity, severity.padEnd(7))} ${diagnostic.reason}  ${paint('dim', diagnostic.ruleId ?? '')}`);
      if (diagnostic.note) lines.push(`  ${' '.repeat(7)} ${' '.repeat(7)} ${paint('dim', diagnostic.note)}`);
    }
    blocks.push(lines.join('\n'));
  }
  const summary = summaryLine(diagnostics);
  if (summary) blocks.push(summary);
  return blocks.join('\n\n');
}

export type ReportFormat = 'pretty' | 'json' | 'github';
export const REPORT_FORMATS: readonly ReportFormat[] = ['pretty', 'json', 'github'];

/** GitHub Actions gets annotations unless told otherwise. */
export function defaultFormat(env: NodeJS.ProcessEnv = process.env): ReportFormat {
  return env.GITHUB_ACTIONS === 'true' ? 'github' : 'pretty';
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number; infos: number } {
  const count = (severity: Severity): number => diagnostics.filter((diagnostic) => severityOf(diagnostic) === severity).length;
  return { errors: count('error'), warnings: count('warning'), infos: count('info') };
}

/** "2 errors, 1 warning" (info not counted); empty when there is nothing to say. */
export function summaryLine(diagnostics: readonly Diagnostic[]): string {
  const { errors, warnings } = countBySeverity(diagnostics);
  const parts: string[] = [];
  if (errors > 0) parts.push(`${errors} error${errors === 1 ? '' : 's'}`);
  if (warnings > 0) parts.push(`${warnings} warning${warnings === 1 ? '' : 's'}`);
  return parts.length > 0 ? `${errors > 0 ? '✖' : '⚠'} ${parts.join(', ')}` : '';
}
