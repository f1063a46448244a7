// The model a diff compares against, when named: a model.json file, or the outDir/model.json
// of a git ref (`--base origin/main`).
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, type ResolvedConfig } from '../config.js';
import type { Model } from '../model/types.js';
import { parseModel } from '../write/previous.js';

/** `base` as a file (relative to `cwd`), else as a git ref of the config's repository. */
export async function loadBaseModel(base: string, config: ResolvedConfig, cwd: string): Promise<Model> {
  let text: string | undefined;
  try {
    text = await readFile(path.resolve(cwd, base), 'utf8');
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
