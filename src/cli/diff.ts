// `doc-codegen diff [--base]`: classify what the docs change in the package.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, loadConfig, type ResolvedConfig } from '../config.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { defaultFormat } from '../diagnostics/reporter.js';
import { diff } from '../generate.js';
import type { Model } from '../model/types.js';
import { formatChanges, type ChangeFormat } from '../release/report.js';
import { parseModel } from '../write/previous.js';
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
  const base = flags.base === undefined ? undefined : await loadBase(io, flags.base, config);
  const result = await diff(config, base, { cache: flags.cache, onDocsRead: io.onDocsRead });
  if (hasErrors(result.diagnostics)) {
    report(io, result.diagnostics, { cache: flags.cache, format: defaultFormat(io.env) });
    io.stderr.write('doc-codegen: no diff: the docs have errors (above), so their model is incomplete. Fix them and run diff again.\n');
    return EXIT_FAILED;
  }
  io.stdout.write(formatChanges(result.changes, flags.format));
  return flags.failOnBreaking && result.changes.some((change) => change.level === 'major') ? EXIT_FAILED : EXIT_OK;
}

/** A model.json file, or the outDir/model.json of a git ref. */
async function loadBase(io: CliIo, base: string, config: ResolvedConfig): Promise<Model> {
  let text: string | undefined;
  try {
    text = await readFile(path.resolve(io.cwd, base), 'utf8');
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
