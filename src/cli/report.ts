// What the commands print alike: diagnostics (and whether they fail the run), paths, timings.
import path from 'node:path';
import type { CacheStats } from '../cache/doc-cache.js';
import type { ResolvedConfig } from '../config.js';
import { countedWarnings, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostics } from '../diagnostics/format.js';
import { shouldColor, type ReportFormat } from '../diagnostics/reporter.js';
import type { CliIo } from './io.js';
import { plural } from '../util/plural.js';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export interface ReportFlags {
  config?: string;
  cache: boolean;
  verbose?: boolean;
  format: ReportFormat;
  maxWarnings?: number;
}

/** Prints the report; true when it fails the run (errors, or more warnings than allowed). */
export function report(io: CliIo, diagnostics: readonly Diagnostic[], flags: ReportFlags, extra?: Record<string, unknown>): boolean {
  const stream = flags.format === 'json' ? io.stdout : io.stderr;
  const text = formatDiagnostics(diagnostics, { format: flags.format, color: shouldColor(stream, io.env), verbose: flags.verbose === true }, extra);
  if (text) stream.write(text.endsWith('\n') ? text : `${text}\n`);
  const warnings = countedWarnings(diagnostics);
  if (flags.maxWarnings !== undefined && warnings > flags.maxWarnings) {
    io.stderr.write(`doc-codegen: ${warnings} warnings, more than --max-warnings ${flags.maxWarnings}.\n`);
    return true;
  }
  return hasErrors(diagnostics);
}

/** The outDir as the user names it: relative to where the command runs. */
export function shownPath(io: CliIo, config: ResolvedConfig): string {
  return path.relative(io.cwd, config.outDir) || '.';
}

/** `discover 12 ms, read and model 840 ms, …`. */
export function formatTimings(timings: Readonly<Record<string, number>>): string {
  return Object.entries(timings)
    .map(([stage, ms]) => `${stage} ${ms} ms`)
    .join(', ');
}

export function reportCache(io: CliIo, stats: CacheStats | undefined): void {
  if (stats) io.stderr.write(`doc-codegen: ${plural(stats.hits, 'doc')} from the cache, ${stats.misses} parsed.\n`);
}
