// The commands and their flags (one file per command beside this one does the work), and
// exit codes: 0 ok, 1 doc errors, too many warnings or stale output, 2 usage or config error.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ConfigError } from '../config.js';
import { defaultFormat, REPORT_FORMATS } from '../diagnostics/reporter.js';
import { CHANGE_FORMATS } from '../release/report.js';
import { OutputConflictError } from '../write/output.js';
import { OutputLockedError } from '../write/lock.js';
import type { DiffFlags } from './diff.js';
import type { GenerateFlags } from './generate.js';
import type { LintFlags } from './lint.js';
import type { VerifyFlags } from './verify.js';
import type { CliIo } from './io.js';
import { EXIT_OK, EXIT_USAGE, type ReportFlags } from './report.js';
import { TOOL_VERSION } from './version.js';

export { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from './report.js';

function wholeNumber(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new InvalidArgumentError('expected a whole number, 0 or more.');
  return value;
}

/** The flags every command that reports diagnostics shares. */
function withReportOptions(io: CliIo, command: Command, noCacheHelp = 'parse every doc again instead of reusing unchanged ones from the cache'): Command {
  return command
    .option('-c, --config <file>', 'config file (default: ./doc-codegen.config.json, or built-in defaults when there is none)')
    .addOption(
      // One default in the help: commander prints the description given here.
      new Option('--format <format>', 'how to report problems')
        .choices(REPORT_FORMATS)
        .default(defaultFormat(io.env), 'github when GITHUB_ACTIONS=true, else pretty'),
    )
    .option('--max-warnings <n>', 'fail (exit 1, nothing written) when there are more warnings than this', wholeNumber)
    .option('--no-cache', noCacheHelp)
    .option('--verbose', 'also report skipped docs, ignored tables, cache use and every file written');
}

/** `generate` (and `generate --watch`). */
function addGenerateCommand(program: Command, io: CliIo, exit: ExitWith): void {
  withReportOptions(
    io,
    program.command('generate').description('Read the docs named by the config and write the generated package to its outDir.'),
  )
    .option('--check', 'write nothing; list the files that differ from the docs with a short diff, exit 1 when stale')
    .option('--diff-lines <n>', 'with --check: diff lines shown per file', wholeNumber, 20)
    .option('--fail-on-breaking', 'write nothing and exit 1 when the docs change the package in a breaking way (also config failOnBreaking)')
    .option('--allow-breaking', 'write breaking changes even when failOnBreaking is set')
    .option('--timings', 'print how long start-up and each stage took (discover, read and model or reuse last run, diff, emit, compare, write)')
    .option('--watch', 'keep running: regenerate on every change to a doc or the config (see `doc-codegen watch`)')
    .option('--lock-wait <seconds>', 'how long to wait while another doc-codegen run writes the same outDir', wholeNumber, 30)
    .addHelpText(
      'after',
      `
Examples:
  $ doc-codegen generate                      regenerate generated/ from docs/
  $ doc-codegen generate --check              in CI: fail when generated/ is stale
  $ doc-codegen generate -c site/doc-codegen.config.json --verbose

Exit codes: 0 done or up to date, 1 doc errors, too many warnings or stale output, 2 usage or config error.`,
    )
    .action((flags: GenerateFlags & { watch?: boolean }) =>
      exit(flags.watch ? import('./watch.js').then((command) => command.runWatch(io, flags)) : import('./generate.js').then((command) => command.runGenerate(io, flags))),
    );
}

/** `lint [paths...]`. */
function addLintCommand(program: Command, io: CliIo, exit: ExitWith): void {
  withReportOptions(
    io,
    program
      .command('lint')
      .description('Check the docs (all of the config, or the files given) and report problems. Writes nothing unless --fix.')
      .argument('[paths...]', 'docs or globs to check, instead of the config\'s `docs`'),
  )
    .option('--fix', 'write the fixes of the rules docs/rules.md marks fixable into the docs, then report what is left')
    .option('--dry-run', 'with --fix: print the unified diff of the fixes and write nothing')
    .addHelpText(
      'after',
      `
Examples:
  $ doc-codegen lint                          every doc the config names
  $ doc-codegen lint docs/293538.md           one doc (links to docs not given are not checked)
  $ doc-codegen lint --format json > report.json
  $ doc-codegen lint --max-warnings 0         fail on any warning
  $ doc-codegen lint --fix --dry-run          what --fix would change, as a diff

Exit codes: 0 no errors, 1 errors or more warnings than --max-warnings, 2 usage or config error.
Every rule is explained in docs/rules.md of this package.`,
    )
    .action((paths: string[], flags: LintFlags) => exit(import('./lint.js').then((command) => command.runLint(io, paths, flags))));
}

/** `watch`. */
function addWatchCommand(program: Command, io: CliIo, exit: ExitWith): void {
  withReportOptions(
    io,
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
    .action((flags: ReportFlags & { timings?: boolean }) => exit(import('./watch.js').then((command) => command.runWatch(io, flags))));
}

/** `diff`. */
function addDiffCommand(program: Command, io: CliIo, exit: ExitWith): void {
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
    .action((flags: DiffFlags) => exit(import('./diff.js').then((command) => command.runDiff(io, flags))));
}

/** `verify --sdk`. */
function addVerifyCommand(program: Command, io: CliIo, exit: ExitWith): void {
  withReportOptions(
    io,
    program
      .command('verify')
      .description('Compare the docs with the SDK they describe: values, members and enums on one side only. Writes nothing unless --fix.')
      .requiredOption('--sdk <files...>', 'SDK declarations: TypeScript (.d.ts, .ts), C, C++ or Objective-C headers (.h, .hpp, .m) or Java (.java); paths or globs'),
  )
    .option('--warn-only', 'report mismatches but exit 0 (doc errors still exit 1)')
    .addOption(
      new Option('--fix [mode]', "write the SDK's values and its members the docs lack into the docs' tables; `--fix=remove-missing` also removes rows of members the SDK does not have")
        .argParser((value: string) => {
          if (value !== 'remove-missing') throw new InvalidArgumentError('the only mode is remove-missing (--fix=remove-missing); plain --fix adds and corrects rows but removes none.');
          return value;
        }),
    )
    .option('--dry-run', 'with --fix: print the unified diff of the fixes and write nothing')
    .addHelpText(
      'after',
      `
Examples:
  $ doc-codegen verify --sdk node_modules/your-sdk/index.d.ts
  $ doc-codegen verify --sdk "sdk/include/**/*.h" --format github
  $ doc-codegen verify --sdk sdk/index.d.ts --fix --dry-run   show what --fix would change

--fix changes only the rows it fixes; every other byte of a doc stays as it is. A new row is
written like its neighbours, with the SDK's doc comment as its description, or a
TODO(doc-codegen) mark that lint reports (description-placeholder) until someone writes one.
A doc that changed on disk while verify ran is not written.

An SDK enum is compared with the doc enum of its name (config \`sdk\` maps names that differ).
Exit codes: 0 the docs agree with the SDK, 1 mismatches or doc errors, 2 usage or config error.`,
    )
    .action((flags: VerifyFlags) => exit(import('./verify.js').then((command) => command.runVerify(io, flags))));
}

/** `init`. */
function addInitCommand(program: Command, io: CliIo, exit: ExitWith): void {
  program
    .command('init')
    .description('Write a first doc-codegen.config.json for the docs in this folder (never overwrites one).')
    .addHelpText(
      'after',
      `
Finds the Markdown docs below the folder, writes their glob and the schema, names every table
that has no heading (from the words above it), and prints the next commands.

Exit codes: 0 written, 1 no docs found, 2 a config is already there.`,
    )
    .action(() => exit(import('./init.js').then((command) => command.runInit(io))));
}

/**
 * An action's end: its command's module (and the pipeline behind it) loads only when that
 * command runs, so --help and --version stay instant; the code it resolves to is the exit code.
 */
type ExitWith = (code: Promise<number>) => Promise<void>;

/** The commands; each action hands its exit code to `exit`. */
function createProgram(io: CliIo, setExit: (code: number) => void): Command {
  const exit: ExitWith = async (code) => setExit(await code);
  const program = new Command('doc-codegen')
    .description('Turn Markdown reference docs (error-code tables, enum sections) into typed enums, message catalogs and JSON.')
    .showHelpAfterError('(run with --help for usage)')
    .version(TOOL_VERSION, '-V, --version', 'print the version of doc-codegen')
    .exitOverride()
    // Set before the commands are added: they inherit it.
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) });

  addGenerateCommand(program, io, exit);
  addLintCommand(program, io, exit);
  addWatchCommand(program, io, exit);
  addDiffCommand(program, io, exit);
  addVerifyCommand(program, io, exit);
  addInitCommand(program, io, exit);

  program.addHelpText(
    'after',
    `
Examples:
  $ doc-codegen generate            docs/**/*.md → generated/ (see doc-codegen.config.json)
  $ doc-codegen generate --check    exit 1 when generated/ does not match the docs
  $ doc-codegen lint                report problems in the docs, write nothing
  $ doc-codegen diff                what the docs change in the package: major, minor or patch
  $ doc-codegen watch               regenerate on every save
  $ doc-codegen verify --sdk x.d.ts  the docs against the SDK's declarations
  $ doc-codegen init                write a first config for the docs in this folder
  $ doc-codegen help generate       all flags of a command

Any command also takes --debug: the stack trace of an unexpected error, for a bug report.`,
  );
  return program;
}

/** Runs the CLI on `argv` (as process.argv: node, script, arguments) and returns its exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let code = EXIT_OK;
  const program = createProgram(io, (exitCode) => {
    code = exitCode;
  });
  // Taken out before commander reads the arguments, so it goes with any command, anywhere.
  const debug = argv.includes('--debug');
  try {
    if (argv.length <= 2) {
      program.outputHelp();
      return EXIT_USAGE;
    }
    await program.parseAsync(argv.filter((argument) => argument !== '--debug'));
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (error instanceof ConfigError || error instanceof OutputConflictError || error instanceof OutputLockedError) {
      io.stderr.write(`doc-codegen: ${error.message}\n`);
      return EXIT_USAGE;
    }
    io.stderr.write(`doc-codegen: ${unexpected(error)}\n`);
    if (debug) io.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT_USAGE;
  }
}

/**
 * One line for an error no command handled: a file-system fault says the path and what to do;
 * anything else is a bug of ours, to be reported with the trace `--debug` shows.
 */
export function unexpected(error: unknown): string {
  const fault = error as NodeJS.ErrnoException;
  if (typeof fault?.code === 'string' && typeof fault.path === 'string') {
    const advice: Record<string, string> = {
      EACCES: 'check its permissions',
      EPERM: 'check its permissions',
      EROFS: 'the file system is read-only',
      ENOSPC: 'the disk is full',
      ENOTDIR: 'a file stands where a folder is needed',
      EISDIR: 'a folder stands where a file is needed',
      ENAMETOOLONG: 'the name is too long for the file system',
    };
    return `cannot ${fault.syscall ?? 'use'} ${fault.path} (${fault.code}): ${advice[fault.code] ?? 'check the path'}; the run stopped there`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `a bug in doc-codegen (${message.split('\n')[0]}); run again with --debug and report what it prints`;
}
