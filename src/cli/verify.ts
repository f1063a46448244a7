// `doc-codegen verify --sdk <files…> [--fix [remove-missing]] [--dry-run]`: the docs against the
// SDK's own declarations, and, with --fix, the SDK's truth written into the docs.
import { loadConfig, type ResolvedConfig } from '../config.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { sdkFixes } from '../fix/sdk-fixes.js';
import { plural } from '../util/plural.js';
import { summaryOf } from '../verify/compare.js';
import { verify, type VerifyResult } from '../verify/index.js';
import { docLines, writeDocEdits } from './fix-docs.js';
import type { CliIo } from './io.js';
import { EXIT_FAILED, EXIT_OK, report, type ReportFlags } from './report.js';

export interface VerifyFlags extends ReportFlags {
  sdk: string[];
  warnOnly?: boolean;
  fix?: true | 'remove-missing';
  dryRun?: boolean;
}

export async function runVerify(io: CliIo, flags: VerifyFlags): Promise<number> {
  const config = await loadConfig(flags.config, io.cwd);
  const check = (): Promise<VerifyResult> => verify(config, flags.sdk, io.cwd, { cache: flags.cache, onDocsRead: io.onDocsRead });
  let result = await check();
  const docErrors = hasDocErrors(result);
  if (flags.fix !== undefined && docErrors) io.stderr.write('doc-codegen: --fix wrote nothing: the docs have errors (below), so what they define is not all known. Fix those, then run --fix again.\n');
  if (flags.fix !== undefined && !docErrors) {
    const written = await fix(io, config, result, flags);
    if (written === undefined) return EXIT_FAILED;
    // What is left after the fixes, read again from the docs as they are now.
    if (written > 0 && !flags.dryRun) result = await check();
  }
  const summaries = result.compared.map(summaryOf);
  const failed = report(io, result.diagnostics, flags, { verify: { sdkFiles: result.sdkFiles, enums: summaries } });
  if (flags.format !== 'json') {
    const lines = [`doc-codegen: ${result.compared.length} enums compared with ${plural(result.sdkFiles.length, 'SDK file')}${result.compared.length > 0 ? ':' : '.'}`];
    for (const summary of summaries) lines.push(`  ${summary}`);
    io.stderr.write(`${lines.join('\n')}\n`);
  }
  if (flags.warnOnly) return hasDocErrors(result) ? EXIT_FAILED : EXIT_OK;
  return failed ? EXIT_FAILED : EXIT_OK;
}

/** Errors of the docs themselves, not of their comparison with the SDK. */
function hasDocErrors(result: VerifyResult): boolean {
  return hasErrors(result.diagnostics.filter((diagnostic) => !diagnostic.ruleId?.startsWith('sdk-')));
}

/** Plans and writes (or, for --dry-run, prints) the fixes; the number of docs changed, or undefined when a doc could not be written. */
function fix(io: CliIo, config: ResolvedConfig, result: VerifyResult, flags: VerifyFlags): Promise<number | undefined> {
  const plan = sdkFixes(result.compared, docLines(config), { removeMissing: flags.fix === 'remove-missing' });
  return writeDocEdits(io, config, result.model.docs, plan.edits, flags.dryRun === true, plan);
}
