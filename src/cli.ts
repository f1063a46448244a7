#!/usr/bin/env node
// Commands and flags only: calls the library and maps results to exit codes
// (0 ok, 1 doc errors, too many warnings or stale output, 2 usage or config error).
import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ConfigError, loadConfig, type ResolvedConfig } from './config.js';
import { hasErrors, type Diagnostic } from './diagnostics/diagnostic.js';
import { formatDiagnostics } from './diagnostics/format.js';
import { countBySeverity, defaultFormat, REPORT_FORMATS, shouldColor, type ReportFormat } from './diagnostics/reporter.js';
import { generate, lint } from './generate.js';
import type { CacheStats } from './cache/doc-cache.js';
import { changeDiff } from './write/diff.js';
import { OutputConflictError } from './write/output.js';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

interface ReportFlags {
  config?: string;
  cache: boolean;
  verbose?: boolean;
  format: ReportFormat;
  maxWarnings?: number;
}

interface GenerateFlags extends ReportFlags {
  check?: boolean;
  diffLines: number;
}

function wholeNumber(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new InvalidArgumentError('expected a whole number, 0 or more.');
  return value;
}

/** The flags every command that reports diagnostics shares. */
function withReportOptions(command: Command): Command {
  return command
    .option('-c, --config <file>', 'config file (default: ./doc-codegen.config.json, or built-in defaults when there is none)')
    .addOption(
      new Option('--format <format>', 'how to report problems (default: github when GITHUB_ACTIONS=true, else pretty)')
        .choices(REPORT_FORMATS)
        .default(defaultFormat(), defaultFormat()),
    )
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', wholeNumber)
    .option('--no-cache', 'parse every doc again instead of reusing unchanged ones from the cache')
    .option('--verbose', 'also report skipped docs, ignored tables, cache use and every file written');
}

function createProgram(): Command {
  const program = new Command('doc-codegen')
    .description('Turn Markdown reference docs (error-code tables, enum sections) into typed enums, message catalogs and JSON.')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();

  withReportOptions(
    program.command('generate').description('Read the docs named by the config and write the generated package to its outDir.'),
  )
    .option('--check', 'write nothing; list the files that differ from the docs with a short diff, exit 1 when stale')
    .option('--diff-lines <n>', 'with --check: diff lines shown per file', wholeNumber, 20)
    .addHelpText(
      'after',
      `
Examples:
  $ doc-codegen generate                      regenerate generated/ from docs/
  $ doc-codegen generate --check              in CI: fail when generated/ is stale
  $ doc-codegen generate -c site/doc-codegen.config.json --verbose

Exit codes: 0 done or up to date, 1 doc errors, too many warnings or stale output, 2 usage or config error.`,
    )
    .action(async (flags: GenerateFlags) => {
      process.exitCode = await runGenerate(flags);
    });

  withReportOptions(
    program
      .command('lint')
      .description('Check the docs (all of the config, or the files given) and report problems; writes nothing.')
      .argument('[paths...]', 'docs or globs to check, instead of the config\'s `docs`'),
  )
    .addHelpText(
      'after',
      `
Examples:
  $ doc-codegen lint                          every doc the config names
  $ doc-codegen lint docs/293538.md           one doc (links to docs not given are not checked)
  $ doc-codegen lint --format json > report.json
  $ doc-codegen lint --max-warnings 0         fail on any warning

Exit codes: 0 no errors, 1 errors or more warnings than --max-warnings, 2 usage or config error.
Every rule is explained in docs/rules.md of this package.`,
    )
    .action(async (paths: string[], flags: ReportFlags) => {
      process.exitCode = await runLint(paths, flags);
    });

  program.addHelpText(
    'after',
    `
Examples:
  $ doc-codegen generate            docs/**/*.md → generated/ (see doc-codegen.config.json)
  $ doc-codegen generate --check    exit 1 when generated/ does not match the docs
  $ doc-codegen lint                report problems in the docs, write nothing
  $ doc-codegen help generate       all flags of a command`,
  );
  return program;
}

/** Prints the report; true when it fails the run (errors, or more warnings than allowed). */
function report(diagnostics: readonly Diagnostic[], flags: ReportFlags): boolean {
  const stream = flags.format === 'json' ? process.stdout : process.stderr;
  const text = formatDiagnostics(diagnostics, { format: flags.format, color: shouldColor(stream), verbose: flags.verbose === true });
  if (text) stream.write(text.endsWith('\n') ? text : `${text}\n`);
  const { warnings } = countBySeverity(diagnostics);
  if (flags.maxWarnings !== undefined && warnings > flags.maxWarnings) {
    process.stderr.write(`doc-codegen: ${warnings} warnings, more than --max-warnings ${flags.maxWarnings}.\n`);
    return true;
  }
  return hasErrors(diagnostics);
}

function shownPath(config: ResolvedConfig): string {
  return path.relative(process.cwd(), config.outDir) || '.';
}

async function runLint(paths: string[], flags: ReportFlags): Promise<number> {
  const config = await loadConfig(flags.config);
  const only = paths.length > 0 ? paths.map((file) => path.relative(config.root, path.resolve(file)).split(path.sep).join('/')) : undefined;
  const result = await lint(config, { only, cache: flags.cache });
  if (flags.verbose) reportCache(result.cacheStats);
  const failed = report(result.diagnostics, flags);
  if (flags.format === 'pretty' && !failed) {
    const enums = result.model.enums.length;
    process.stderr.write(`doc-codegen: ${result.model.docs.length} docs, ${enums} enums checked.\n`);
  }
  return failed ? EXIT_FAILED : EXIT_OK;
}

async function runGenerate(flags: GenerateFlags): Promise<number> {
  const config = await loadConfig(flags.config);
  const result = await generate(config, { check: flags.check, maxWarnings: flags.maxWarnings, cache: flags.cache });
  if (flags.verbose) reportCache(result.cacheStats);
  const failed = report(result.diagnostics, flags);
  const outDir = shownPath(config);
  if (!result.plan) {
    process.stderr.write(`doc-codegen: ${outDir} left as it was: fix the problems above.\n`);
    return EXIT_FAILED;
  }
  const { changes, unchanged } = result.plan;
  const enums = result.model.enums;
  const members = enums.reduce((sum, enumDef) => sum + enumDef.members.length, 0);
  const read = `${result.model.docs.length} docs, ${enums.length} enums (${members} members)`;
  if (flags.check) {
    if (changes.length === 0) {
      process.stdout.write(`doc-codegen: ${outDir} is up to date (${read}).\n`);
      return failed ? EXIT_FAILED : EXIT_OK;
    }
    const lines = [`doc-codegen: ${outDir} is stale: ${changes.length} file${changes.length === 1 ? '' : 's'} differ from the docs.`];
    for (const change of changes) {
      lines.push(`  ${change.kind.padEnd(8)} ${path.posix.join(outDir, change.path)}`);
      if (flags.diffLines > 0) lines.push(indent(changeDiff(change, flags.diffLines), '    '));
    }
    lines.push(`Run \`doc-codegen generate\` (or \`npm run generate\`) and commit ${outDir}.`);
    process.stdout.write(`${lines.join('\n')}\n`);
    return EXIT_FAILED;
  }
  if (flags.verbose) for (const change of changes) process.stdout.write(`  ${change.kind.padEnd(8)} ${path.posix.join(outDir, change.path)}\n`);
  const count = (kind: string): number => changes.filter((change) => change.kind === kind).length;
  const written = count('added') + count('changed');
  process.stdout.write(`doc-codegen: ${read} → ${outDir}: ${written} written, ${count('removed')} removed, ${unchanged} unchanged.\n`);
  return failed ? EXIT_FAILED : EXIT_OK;
}

function reportCache(stats: CacheStats | undefined): void {
  if (stats) process.stderr.write(`doc-codegen: ${stats.hits} docs from the cache, ${stats.misses} parsed.\n`);
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => prefix + line)
    .join('\n');
}

export async function main(argv: readonly string[]): Promise<number> {
  const program = createProgram();
  try {
    if (argv.length <= 2) {
      program.outputHelp();
      return EXIT_USAGE;
    }
    await program.parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT_OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (error instanceof ConfigError || error instanceof OutputConflictError) {
      process.stderr.write(`doc-codegen: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv);
