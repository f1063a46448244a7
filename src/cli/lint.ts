// `doc-codegen lint [paths...]`: check the docs, write nothing.
import path from 'node:path';
import { loadConfig } from '../config.js';
import { lint, type BuildModelResult } from '../build-model.js';
import { fixDocs } from './fix-docs.js';
import { missingTranslations, type MissingTranslations } from '../model/translate.js';
import type { CliIo } from './io.js';
import { plural } from '../util/plural.js';
import { progressLine } from './progress.js';
import { EXIT_FAILED, EXIT_OK, report, reportCache, type ReportFlags } from './report.js';

export interface LintFlags extends ReportFlags {
  fix?: boolean;
  dryRun?: boolean;
}

export async function runLint(io: CliIo, paths: string[], flags: LintFlags): Promise<number> {
  const config = await loadConfig(flags.config, io.cwd);
  const only = paths.length > 0 ? paths.map((file) => path.relative(config.root, path.resolve(io.cwd, file)).split(path.sep).join('/')) : undefined;
  const run = (): Promise<BuildModelResult> => {
    const progress = progressLine(io.stderr, { enabled: flags.format !== 'json' });
    return lint(config, { only, cache: flags.cache, fullParse: flags.verbose === true, onDocsRead: io.onDocsRead, onProgress: progress.onProgress }).finally(() => progress.done());
  };
  let result = await run();
  if (flags.fix) {
    const fixed = await fixDocs(io, config, result, flags.dryRun === true);
    if (fixed === undefined) return EXIT_FAILED;
    // What is left, read from the docs as they are now.
    if (fixed > 0 && !flags.dryRun) result = await run();
  }
  if (flags.verbose) reportCache(io, result.cacheStats);
  const translations = missingTranslations(result.model);
  const failed = report(io, result.diagnostics, flags, { translations });
  if (flags.format !== 'json' && translations.length > 0) io.stderr.write(formatMissingTranslations(translations, flags.verbose === true));
  if (flags.format === 'pretty' && !failed) {
    const enums = result.model.enums.length;
    io.stderr.write(`doc-codegen: ${plural(result.model.docs.length, 'doc')}, ${plural(enums, 'enum')} checked.\n`);
  }
  return failed ? EXIT_FAILED : EXIT_OK;
}

/** Per translated locale: how many messages it has, and (verbose) which are missing. */
function formatMissingTranslations(missingByLocale: readonly MissingTranslations[], verbose: boolean): string {
  const lines = ['Translations:'];
  for (const { locale, total, missing } of missingByLocale) {
    const count = missing.reduce((sum, entry) => sum + entry.members.length, 0);
    lines.push(`  ${locale}: ${total - count} of ${total} messages${count > 0 ? `, ${count} missing (falling back)` : ''}`);
    for (const entry of missing) {
      const list = verbose || entry.members.length <= 5 ? entry.members.join(', ') : `${entry.members.slice(0, 5).join(', ')}, … (--verbose lists all)`;
      lines.push(`    ${entry.module} ${entry.enum}: ${entry.members.length} missing: ${list}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
