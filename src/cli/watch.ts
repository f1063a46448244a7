// `doc-codegen watch` (and `generate --watch`): regenerate on every change until asked to stop.
import { loadConfig } from '../config.js';
import type { CliIo } from './io.js';
import { EXIT_OK, formatTimings, report, shownPath, type ReportFlags } from './report.js';

export async function runWatch(io: CliIo, flags: ReportFlags & { timings?: boolean }): Promise<number> {
  // A config that cannot load at the start is a usage error (exit 2); later ones are reported and retried.
  await loadConfig(flags.config, io.cwd);
  // chokidar and the watch session are loaded only for this command.
  const { watch } = await import('../watch.js');
  const watcher = watch({
    configPath: flags.config,
    cwd: io.cwd,
    cache: flags.cache,
    maxWarnings: flags.maxWarnings,
    onDocsRead: io.onDocsRead,
    onEvent: (event) => {
      if (event.type === 'ready') {
        io.stdout.write(`doc-codegen: watching ${event.watched.join(', ')} (Ctrl-C to stop)\n`);
      } else if (event.type === 'error') {
        io.stderr.write(`doc-codegen: ${event.error.message}\n`);
      } else if (event.type === 'warning') {
        report(io, [event.diagnostic], flags);
      } else if (event.type === 'run') {
        const { result, config, ms, changed } = event;
        const failed = report(io, result.diagnostics, flags);
        if (flags.timings || flags.verbose) io.stderr.write(`doc-codegen: ${formatTimings(result.timings)}\n`);
        const outDir = shownPath(io, config);
        const cause = changed.length > 0 ? ` after ${changed.length === 1 ? changed[0] : `${changed.length} changes`}` : '';
        const parsed = result.cacheStats ? `, ${result.cacheStats.misses} parsed` : '';
        if (!result.plan) {
          io.stderr.write(`doc-codegen: ${outDir} kept as it was${cause}: fix the problems above.\n`);
        } else {
          const count = (kind: string): number => result.plan?.changes.filter((change) => change.kind === kind).length ?? 0;
          const status = failed ? ' (with problems)' : '';
          const state = result.plan.changes.length === 0 ? 'up to date' : 'updated';
          io.stdout.write(
            `doc-codegen: ${outDir} ${state}${cause} in ${ms} ms${status}: ${count('added') + count('changed')} written, ${count('removed')} removed${parsed}.\n`,
          );
        }
      }
    },
  });
  await watcher.ready;
  await io.stopRequested();
  io.stdout.write('doc-codegen: stopped watching.\n');
  await watcher.close();
  return EXIT_OK;
}
