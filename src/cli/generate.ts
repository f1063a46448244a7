// `doc-codegen generate [--check]`: write the generated package, or compare with it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config.js';
import { generate } from '../generate.js';
import { formatChanges } from '../release/report.js';
import { unifiedDiff } from '../util/unified-diff.js';
import type { OutputPlan } from '../write/output.js';
import type { CliIo } from './io.js';
import { plural } from '../util/plural.js';
import { progressLine } from './progress.js';
import { EXIT_FAILED, EXIT_OK, formatTimings, report, reportCache, shownPath, type ReportFlags } from './report.js';

export interface GenerateFlags extends ReportFlags {
  check?: boolean;
  timings?: boolean;
  diffLines: number;
  failOnBreaking?: boolean;
  allowBreaking?: boolean;
  /** Seconds to wait for another run's lock on outDir. */
  lockWait?: number;
}

export async function runGenerate(io: CliIo, flags: GenerateFlags): Promise<number> {
  // Since the process started: node itself, and loading doc-codegen's modules.
  const startup = Math.round(performance.now());
  const config = await loadConfig(flags.config, io.cwd);
  const progress = progressLine(io.stderr, { enabled: flags.format !== 'json' });
  const result = await generate(config, {
    check: flags.check,
    maxWarnings: flags.maxWarnings,
    cache: flags.cache,
    // Reports on every table need every doc parsed.
    fullParse: flags.verbose === true,
    failOnBreaking: flags.failOnBreaking,
    allowBreaking: flags.allowBreaking,
    onDocsRead: io.onDocsRead,
    onProgress: progress.onProgress,
    // One run, then the process ends: nothing reads the docs' texts after their model.
    releaseTexts: true,
    lockWaitMs: flags.lockWait === undefined ? undefined : flags.lockWait * 1000,
    onLockWait: (holder) =>
      io.stderr.write(`doc-codegen: waiting for ${holder ? `pid ${holder.pid} (\`${holder.command}\`)` : 'another run'} to finish writing ${shownPath(io, config)} (up to ${flags.lockWait ?? 30} s)…\n`),
  }).finally(() => progress.done());
  if (flags.verbose) reportCache(io, result.cacheStats);
  if (flags.timings || flags.verbose) io.stderr.write(`doc-codegen: ${formatTimings({ 'start-up': startup, ...result.timings })}\n`);
  const failed = report(io, result.diagnostics, flags);
  const outDir = shownPath(io, config);
  if (result.blockedByBreaking) {
    io.stderr.write(formatChanges(result.changes.filter((change) => change.level === 'major'), 'pretty'));
    io.stderr.write(`doc-codegen: ${outDir} left as it was: the docs break the package (failOnBreaking). Run with --allow-breaking to release ${result.release?.version}.\n`);
    return EXIT_FAILED;
  }
  if (!result.plan) {
    io.stderr.write(`doc-codegen: ${outDir} left as it was: fix the problems above.\n`);
    return EXIT_FAILED;
  }
  const { changes, unchanged } = result.plan;
  const enums = result.model.enums;
  const members = enums.reduce((sum, enumDef) => sum + enumDef.members.length, 0);
  const read = `${plural(result.model.docs.length, 'doc')}, ${plural(enums.length, 'enum')} (${plural(members, 'member')})`;
  if (result.repaired) io.stderr.write(`doc-codegen: finished what an interrupted run left beside ${outDir} (${plural(result.repaired.length, 'item')}).\n`);
  if (flags.check) return reportCheck(io, result.plan, flags, { outDir, read, failed, regenerate: regenerateCommand(config.root, flags.config) });
  if (flags.verbose) for (const change of changes) io.stdout.write(`  ${change.kind.padEnd(8)} ${path.posix.join(outDir, change.path)}\n`);
  const count = (kind: string): number => changes.filter((change) => change.kind === kind).length;
  const written = count('added') + count('changed');
  io.stdout.write(`doc-codegen: ${read} → ${outDir}: ${written} written, ${count('removed')} removed, ${unchanged} unchanged.\n`);
  if (result.release?.level && result.changes.length > 0) {
    io.stdout.write(`doc-codegen: released ${result.release.version} (${result.release.level}: ${plural(result.changes.length, 'change')}, see CHANGELOG.md).\n`);
  }
  return failed ? EXIT_FAILED : EXIT_OK;
}

/** `--check`: up to date (exit 0) or stale (exit 1), with what differs and what an interrupted run left. */
function reportCheck(io: CliIo, plan: OutputPlan, flags: GenerateFlags, run: { outDir: string; read: string; failed: boolean; regenerate: string }): number {
  const { outDir, read, failed } = run;
  const { changes } = plan;
  const leftovers = (plan.leftovers ?? []).map((file) => path.relative(io.cwd, file).split(path.sep).join('/'));
  if (changes.length === 0 && leftovers.length === 0) {
    io.stdout.write(`doc-codegen: ${outDir} is up to date (${read}).\n`);
    return failed ? EXIT_FAILED : EXIT_OK;
  }
  const lines = [
    changes.length > 0
      ? `doc-codegen: ${outDir} is stale: ${changes.length} file${changes.length === 1 ? '' : 's'} differ from the docs.`
      : `doc-codegen: ${outDir} is stale: an interrupted run left ${leftovers.length} item${leftovers.length === 1 ? '' : 's'} behind.`,
  ];
  for (const change of changes) {
    lines.push(`  ${change.kind.padEnd(8)} ${path.posix.join(outDir, change.path)}`);
    if (flags.diffLines > 0) lines.push(indent(unifiedDiff(change.path, change.before ?? '', change.after ?? '', flags.diffLines), '    '));
  }
  for (const leftover of leftovers) lines.push(`  leftover ${leftover}`);
  lines.push(`Run \`${run.regenerate}\` and commit ${outDir}.`);
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT_FAILED;
}

/**
 * The command that regenerates this project: its npm script when its package.json has one that
 * runs `doc-codegen generate`, else the CLI itself (with the config when it was named).
 */
function regenerateCommand(root: string, config: string | undefined): string {
  try {
    const scripts = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, unknown> }).scripts ?? {};
    const script = Object.entries(scripts).find(([, command]) => typeof command === 'string' && /doc-codegen(?:\.js)? generate(?!.*--check)/.test(command));
    if (script) return `npm run ${script[0]}`;
  } catch {
    // No package.json, or not JSON: the CLI.
  }
  return config === undefined ? 'npx doc-codegen generate' : `npx doc-codegen generate -c ${config}`;
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => prefix + line)
    .join('\n');
}
