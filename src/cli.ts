#!/usr/bin/env node
// Commands and flags only: calls the library and maps results to exit codes
// (0 ok, 1 doc errors or stale output, 2 usage or config error).
import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { ConfigError, loadConfig } from './config.js';
import { hasErrors } from './diagnostics/diagnostic.js';
import { formatPretty, shouldColor } from './diagnostics/reporter.js';
import { generate } from './generate.js';
import { changeDiff } from './write/diff.js';
import { OutputConflictError } from './write/output.js';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

interface GenerateFlags {
  config?: string;
  check?: boolean;
  verbose?: boolean;
  diffLines: number;
}

function positiveInteger(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new InvalidArgumentError('expected a whole number, 0 or more.');
  return value;
}

function createProgram(): Command {
  const program = new Command('doc-codegen')
    .description('Turn Markdown reference docs (error-code tables, enum sections) into typed enums, message catalogs and JSON.')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();

  program
    .command('generate')
    .description('Read the docs named by the config and write the generated package to its outDir.')
    .option('-c, --config <file>', 'config file (default: ./doc-codegen.config.json, or built-in defaults when there is none)')
    .option('--check', 'write nothing; list the files that differ from the docs with a short diff, exit 1 when stale')
    .option('--verbose', 'also report skipped docs, ignored tables and every file written')
    .option('--diff-lines <n>', 'with --check: diff lines shown per file', positiveInteger, 20)
    .addHelpText(
      'after',
      `
Examples:
  $ doc-codegen generate                      regenerate generated/ from docs/
  $ doc-codegen generate --check              in CI: fail when generated/ is stale
  $ doc-codegen generate -c site/doc-codegen.config.json --verbose

Exit codes: 0 done or up to date, 1 doc errors or stale output, 2 usage or config error.`,
    )
    .action(async (flags: GenerateFlags) => {
      process.exitCode = await runGenerate(flags);
    });

  program.addHelpText(
    'after',
    `
Examples:
  $ doc-codegen generate            docs/**/*.md → generated/ (see doc-codegen.config.json)
  $ doc-codegen generate --check    exit 1 when generated/ does not match the docs
  $ doc-codegen help generate       all flags of a command`,
  );
  return program;
}

async function runGenerate(flags: GenerateFlags): Promise<number> {
  const config = await loadConfig(flags.config);
  const result = await generate(config, { check: flags.check });
  const report = formatPretty(result.diagnostics, { color: shouldColor(process.stderr), verbose: flags.verbose === true });
  if (report) process.stderr.write(`${report}\n`);
  if (hasErrors(result.diagnostics) || !result.plan) {
    process.stderr.write(`doc-codegen: ${path.relative(process.cwd(), config.outDir) || '.'} left as it was: fix the errors above.\n`);
    return EXIT_FAILED;
  }
  const outDir = path.relative(process.cwd(), config.outDir) || '.';
  const { changes, unchanged } = result.plan;
  const enums = result.model.enums;
  const members = enums.reduce((sum, enumDef) => sum + enumDef.members.length, 0);
  const read = `${result.model.docs.length} docs, ${enums.length} enums (${members} members)`;
  if (flags.check) {
    if (changes.length === 0) {
      process.stdout.write(`doc-codegen: ${outDir} is up to date (${read}).\n`);
      return EXIT_OK;
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
  process.stdout.write(
    `doc-codegen: ${read} → ${outDir}: ${written} written, ${count('removed')} removed, ${unchanged} unchanged.\n`,
  );
  return EXIT_OK;
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
