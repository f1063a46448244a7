#!/usr/bin/env node
// Commands and flags only: calls the library and maps results to exit codes
// (0 ok, 1 doc errors, too many warnings or stale output, 2 usage or config error).
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ConfigError, loadConfig, type ResolvedConfig } from './config.js';
import { hasErrors, type Diagnostic } from './diagnostics/diagnostic.js';
import { formatDiagnostics } from './diagnostics/format.js';
import { countBySeverity, defaultFormat, REPORT_FORMATS, shouldColor, type ReportFormat } from './diagnostics/reporter.js';
import { diff, generate, lint } from './generate.js';
import type { Model } from './model/types.js';
import { missingTranslations, type MissingTranslations } from './model/translate.js';
import { CHANGE_FORMATS, formatChanges, type ChangeFormat } from './release/report.js';
import { parseModel } from './write/previous.js';
import type { CacheStats } from './cache/doc-cache.js';
import { changeDiff } from './write/diff.js';
import { OutputConflictError } from './write/output.js';
import { limitHeapGrowth } from './util/heap.js';

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
  timings?: boolean;
  diffLines: number;
  failOnBreaking?: boolean;
  allowBreaking?: boolean;
}

interface DiffFlags {
  config?: string;
  cache: boolean;
  base?: string;
  format: ChangeFormat;
  failOnBreaking?: boolean;
}

function wholeNumber(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new InvalidArgumentError('expected a whole number, 0 or more.');
  return value;
}

/** The flags every command that reports diagnostics shares. */
function withReportOptions(command: Command, noCacheHelp = 'parse every doc again instead of reusing unchanged ones from the cache'): Command {
  return command
    .option('-c, --config <file>', 'config file (default: ./doc-codegen.config.json, or built-in defaults when there is none)')
    .addOption(
      new Option('--format <format>', 'how to report problems (default: github when GITHUB_ACTIONS=true, else pretty)')
        .choices(REPORT_FORMATS)
        .default(defaultFormat(), defaultFormat()),
    )
    .option('--max-warnings <n>', 'fail (exit 1, nothing written) when there are more warnings than this', wholeNumber)
    .option('--no-cache', noCacheHelp)
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
    .option('--fail-on-breaking', 'write nothing and exit 1 when the docs change the package in a breaking way (also config failOnBreaking)')
    .option('--allow-breaking', 'write breaking changes even when failOnBreaking is set')
    .option('--timings', 'print how long each stage took (discover, read and model, diff, emit, compare, write)')
    .option('--watch', 'keep running: regenerate on every change to a doc or the config (see `doc-codegen watch`)')
    .addHelpText(
      'after',
      `
Examples:
  $ doc-codegen generate                      regenerate generated/ from docs/
  $ doc-codegen generate --check              in CI: fail when generated/ is stale
  $ doc-codegen generate -c site/doc-codegen.config.json --verbose

Exit codes: 0 done or up to date, 1 doc errors, too many warnings or stale output, 2 usage or config error.`,
    )
    .action(async (flags: GenerateFlags & { watch?: boolean }) => {
      process.exitCode = flags.watch ? await runWatch(flags) : await runGenerate(flags);
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

  withReportOptions(
    program.command('watch').description('Generate, then again on every change to a doc or the config, until Ctrl-C.'),
    'keep parsed docs in memory only, not in the persistent cache',
  )
    .option('--timings', 'print how long each stage of each run took')
    .addHelpText(
      'after',
      `
Examples:
  $ doc-codegen watch                         regenerate generated/ while you edit docs/
  $ doc-codegen generate --watch              the same

A doc with errors prints its problems and keeps the last good output; fix it and the next
save regenerates. Only changed docs are parsed again and only their modules re-emitted.`,
    )
    .action(async (flags: ReportFlags & { timings?: boolean }) => {
      process.exitCode = await runWatch(flags);
    });

  program
    .command('diff')
    .description('Classify what the docs change in the generated package (major, minor, patch); writes nothing.')
    .option('-c, --config <file>', 'config file (default: ./doc-codegen.config.json, or built-in defaults when there is none)')
    .option('--base <file|git-ref>', 'the model to compare with: a model.json file, or a git ref whose outDir holds one (default: outDir/model.json)')
    .addOption(new Option('--format <format>', 'pretty, json, or markdown (for a pull-request comment)').choices(CHANGE_FORMATS).default('pretty'))
    .option('--fail-on-breaking', 'exit 1 when a change is breaking (major)')
    .option('--no-cache', 'parse every doc again instead of reusing unchanged ones from the cache')
    .addHelpText(
      'after',
      `
Examples:
  $ doc-codegen diff                                  docs against generated/model.json
  $ doc-codegen diff --base origin/main --format markdown > comment.md
  $ doc-codegen diff --base old/model.json --format json

Levels: major = enum or member removed or renamed, value or value type changed;
minor = enum or member added; patch = description, solution or link text changed.`,
    )
    .action(async (flags: DiffFlags) => {
      process.exitCode = await runDiff(flags);
    });

  program.addHelpText(
    'after',
    `
Examples:
  $ doc-codegen generate            docs/**/*.md → generated/ (see doc-codegen.config.json)
  $ doc-codegen generate --check    exit 1 when generated/ does not match the docs
  $ doc-codegen lint                report problems in the docs, write nothing
  $ doc-codegen diff                what the docs change in the package: major, minor or patch
  $ doc-codegen watch               regenerate on every save
  $ doc-codegen help generate       all flags of a command`,
  );
  return program;
}

/** Prints the report; true when it fails the run (errors, or more warnings than allowed). */
function report(diagnostics: readonly Diagnostic[], flags: ReportFlags, extra?: Record<string, unknown>): boolean {
  const stream = flags.format === 'json' ? process.stdout : process.stderr;
  const text = formatDiagnostics(diagnostics, { format: flags.format, color: shouldColor(stream), verbose: flags.verbose === true }, extra);
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
  const result = await lint(config, { only, cache: flags.cache, fullParse: flags.verbose === true, onDocsRead: limitHeapGrowth });
  if (flags.verbose) reportCache(result.cacheStats);
  const translations = missingTranslations(result.model);
  const failed = report(result.diagnostics, flags, { translations });
  if (flags.format !== 'json' && translations.length > 0) process.stderr.write(formatMissingTranslations(translations, flags.verbose === true));
  if (flags.format === 'pretty' && !failed) {
    const enums = result.model.enums.length;
    process.stderr.write(`doc-codegen: ${result.model.docs.length} docs, ${enums} enums checked.\n`);
  }
  return failed ? EXIT_FAILED : EXIT_OK;
}

async function runGenerate(flags: GenerateFlags): Promise<number> {
  const config = await loadConfig(flags.config);
  const result = await generate(config, {
    check: flags.check,
    maxWarnings: flags.maxWarnings,
    cache: flags.cache,
    // Reports on every table need every doc parsed.
    fullParse: flags.verbose === true,
    failOnBreaking: flags.failOnBreaking,
    allowBreaking: flags.allowBreaking,
    onDocsRead: limitHeapGrowth,
  });
  if (flags.verbose) reportCache(result.cacheStats);
  if (flags.timings || flags.verbose) process.stderr.write(`doc-codegen: ${formatTimings(result.timings)}\n`);
  const failed = report(result.diagnostics, flags);
  const outDir = shownPath(config);
  if (result.blockedByBreaking) {
    process.stderr.write(formatChanges(result.changes.filter((change) => change.level === 'major'), 'pretty'));
    process.stderr.write(`doc-codegen: ${outDir} left as it was: the docs break the package (failOnBreaking). Run with --allow-breaking to release ${result.release?.version}.\n`);
    return EXIT_FAILED;
  }
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
  if (result.release?.level && result.changes.length > 0) {
    process.stdout.write(`doc-codegen: released ${result.release.version} (${result.release.level}: ${result.changes.length} change${result.changes.length === 1 ? '' : 's'}, see CHANGELOG.md).\n`);
  }
  return failed ? EXIT_FAILED : EXIT_OK;
}

async function runWatch(flags: ReportFlags & { timings?: boolean }): Promise<number> {
  // A config that cannot load at the start is a usage error (exit 2); later ones are reported and retried.
  await loadConfig(flags.config);
  const { watch } = await import('./watch.js');
  const watcher = watch({
    configPath: flags.config,
    cache: flags.cache,
    maxWarnings: flags.maxWarnings,
    onDocsRead: limitHeapGrowth,
    onEvent: (event) => {
      if (event.type === 'ready') {
        process.stdout.write(`doc-codegen: watching ${event.watched.join(', ')} (Ctrl-C to stop)\n`);
      } else if (event.type === 'error') {
        process.stderr.write(`doc-codegen: ${event.error.message}\n`);
      } else {
        const { result, config, ms, changed } = event;
        const failed = report(result.diagnostics, flags);
        if (flags.timings || flags.verbose) process.stderr.write(`doc-codegen: ${formatTimings(result.timings)}\n`);
        const outDir = shownPath(config);
        const cause = changed.length > 0 ? ` after ${changed.length === 1 ? changed[0] : `${changed.length} changes`}` : '';
        const parsed = result.cacheStats ? `, ${result.cacheStats.misses} parsed` : '';
        if (!result.plan) {
          process.stderr.write(`doc-codegen: ${outDir} kept as it was${cause}: fix the problems above.\n`);
        } else {
          const count = (kind: string): number => result.plan?.changes.filter((change) => change.kind === kind).length ?? 0;
          const status = failed ? ' (with problems)' : '';
          const state = result.plan.changes.length === 0 ? 'up to date' : 'updated';
          process.stdout.write(
            `doc-codegen: ${outDir} ${state}${cause} in ${ms} ms${status}: ${count('added') + count('changed')} written, ${count('removed')} removed${parsed}.\n`,
          );
        }
      }
    },
  });
  await watcher.ready;
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.stdout.write('doc-codegen: stopped watching.\n');
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await watcher.close();
  return EXIT_OK;
}

async function runDiff(flags: DiffFlags): Promise<number> {
  const config = await loadConfig(flags.config);
  const base = flags.base === undefined ? undefined : await loadBase(flags.base, config);
  const result = await diff(config, base, { cache: flags.cache, onDocsRead: limitHeapGrowth });
  if (hasErrors(result.diagnostics)) {
    report(result.diagnostics, { cache: flags.cache, format: defaultFormat() });
    return EXIT_FAILED;
  }
  process.stdout.write(formatChanges(result.changes, flags.format));
  return flags.failOnBreaking && result.changes.some((change) => change.level === 'major') ? EXIT_FAILED : EXIT_OK;
}

/** A model.json file, or the outDir/model.json of a git ref. */
async function loadBase(base: string, config: ResolvedConfig): Promise<Model> {
  let text: string | undefined;
  try {
    text = await readFile(path.resolve(base), 'utf8');
  } catch {
    const file = `./${path.relative(config.root, path.join(config.outDir, 'model.json')).split(path.sep).join('/')}`;
    try {
      text = execFileSync('git', ['show', `${base}:${file}`], { cwd: config.root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
    } catch (error) {
      throw new ConfigError(`--base ${base}: neither a readable file nor a git ref with ${file} (${String((error as { stderr?: string }).stderr ?? error).trim()}).`);
    }
  }
  const model = parseModel(text);
  if (!model) throw new ConfigError(`--base ${base}: not a doc-codegen model.json of schema version 1.`);
  return model;
}

/** `discover 12 ms, read and model 840 ms, …`. */
export function formatTimings(timings: Readonly<Record<string, number>>): string {
  return Object.entries(timings)
    .map(([stage, ms]) => `${stage} ${ms} ms`)
    .join(', ');
}

/** Per translated locale: how many messages it has, and (verbose) which are missing. */
function formatMissingTranslations(report: readonly MissingTranslations[], verbose: boolean): string {
  const lines = ['Translations:'];
  for (const { locale, total, missing } of report) {
    const count = missing.reduce((sum, entry) => sum + entry.members.length, 0);
    lines.push(`  ${locale}: ${total - count} of ${total} messages${count > 0 ? `, ${count} missing (falling back)` : ''}`);
    for (const entry of missing) {
      const list = verbose || entry.members.length <= 5 ? entry.members.join(', ') : `${entry.members.slice(0, 5).join(', ')}, … (--verbose lists all)`;
      lines.push(`    ${entry.module} ${entry.enum}: ${entry.members.length} missing: ${list}`);
    }
  }
  return `${lines.join('\n')}\n`;
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
