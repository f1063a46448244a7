// `doc-codegen verify --sdk <files…> [--fix [remove-missing]] [--dry-run]`: the docs against the
// SDK's own declarations, and, with --fix, the SDK's truth written into the docs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, type ResolvedConfig } from '../config.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { normalizeText } from '../discover/files.js';
import { writeFixes } from '../fix/apply.js';
import { sdkFixes } from '../fix/sdk-fixes.js';
import { plural } from '../util/plural.js';
import { summaryOf } from '../verify/compare.js';
import { verify, type VerifyResult } from '../verify/index.js';
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
  if (flags.fix !== undefined && !hasErrors(result.diagnostics.filter((diagnostic) => !diagnostic.ruleId?.startsWith('sdk-')))) {
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
  if (flags.warnOnly) return hasErrors(result.diagnostics.filter((diagnostic) => !diagnostic.ruleId?.startsWith('sdk-'))) ? EXIT_FAILED : EXIT_OK;
  return failed ? EXIT_FAILED : EXIT_OK;
}

/** Plans and writes (or, for --dry-run, prints) the fixes; the number of docs changed, or undefined when a doc could not be written. */
async function fix(io: CliIo, config: ResolvedConfig, result: VerifyResult, flags: VerifyFlags): Promise<number | undefined> {
  const lines = (file: string): string[] => normalizeText(readFileSync(path.join(config.root, file), 'utf8')).split('\n');
  const plan = sdkFixes(result.compared, lines, { removeMissing: flags.fix === 'remove-missing' });
  const written = await writeFixes(config.root, result.model.docs, plan.edits, flags.dryRun === true);
  if (flags.dryRun) io.stdout.write(written.diff);
  const verb = flags.dryRun ? 'would change' : 'changed';
  const out = [`doc-codegen: --fix ${verb} ${plural(written.changed.length, 'doc')}${plan.done.length > 0 ? ':' : '.'}`, ...plan.done.map((line) => `  ${line}`)];
  for (const line of plan.skipped) out.push(`  not fixed: ${line}`);
  for (const file of written.conflicts) out.push(`  not written: ${file} changed on disk while verify ran; run verify --fix again.`);
  for (const file of written.unreadable) out.push(`  not written: ${file} ends lines with bare CR characters; save it with LF or CRLF line ends and run verify --fix again.`);
  io.stderr.write(`${out.join('\n')}\n`);
  return written.conflicts.length + written.unreadable.length > 0 ? undefined : written.changed.length;
}
