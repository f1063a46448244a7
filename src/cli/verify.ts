// `doc-codegen verify --sdk <files…>`: the docs against the SDK's own declarations.
import { loadConfig } from '../config.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { summaryOf } from '../verify/compare.js';
import { verify } from '../verify/index.js';
import type { CliIo } from './io.js';
import { EXIT_FAILED, EXIT_OK, report, type ReportFlags } from './report.js';

export interface VerifyFlags extends ReportFlags {
  sdk: string[];
  warnOnly?: boolean;
}

export async function runVerify(io: CliIo, flags: VerifyFlags): Promise<number> {
  const config = await loadConfig(flags.config, io.cwd);
  const result = await verify(config, flags.sdk, io.cwd, { cache: flags.cache, onDocsRead: io.onDocsRead });
  const summaries = result.compared.map(summaryOf);
  const failed = report(io, result.diagnostics, flags, { verify: { sdkFiles: result.sdkFiles, enums: summaries } });
  if (flags.format !== 'json') {
    const lines = [`doc-codegen: ${result.compared.length} enums compared with ${result.sdkFiles.length} SDK file${result.sdkFiles.length === 1 ? '' : 's'}${result.compared.length > 0 ? ':' : '.'}`];
    for (const summary of summaries) lines.push(`  ${summary}`);
    io.stderr.write(`${lines.join('\n')}\n`);
  }
  if (flags.warnOnly) return hasErrors(result.diagnostics.filter((diagnostic) => !diagnostic.ruleId?.startsWith('sdk-'))) ? EXIT_FAILED : EXIT_OK;
  return failed ? EXIT_FAILED : EXIT_OK;
}
