// `doc-codegen diff [--base]`: classify what the docs change in the package.
import { loadConfig } from '../config.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { defaultFormat } from '../diagnostics/reporter.js';
import { diff } from '../generate.js';
import { formatChanges, type ChangeFormat } from '../release/report.js';
import type { CliIo } from './io.js';
import { EXIT_FAILED, EXIT_OK, report } from './report.js';

export interface DiffFlags {
  config?: string;
  cache: boolean;
  base?: string;
  format: ChangeFormat;
  failOnBreaking?: boolean;
}

export async function runDiff(io: CliIo, flags: DiffFlags): Promise<number> {
  const config = await loadConfig(flags.config, io.cwd);
  const result = await diff(config, flags.base, { cache: flags.cache, onDocsRead: io.onDocsRead, cwd: io.cwd });
  if (hasErrors(result.diagnostics)) {
    report(io, result.diagnostics, { cache: flags.cache, format: defaultFormat(io.env) });
    io.stderr.write('doc-codegen: no diff: the docs have errors (above), so their model is incomplete. Fix them and run diff again.\n');
    return EXIT_FAILED;
  }
  io.stdout.write(formatChanges(result.changes, flags.format));
  return flags.failOnBreaking && result.changes.some((change) => change.level === 'major') ? EXIT_FAILED : EXIT_OK;
}

