// doc-codegen's checks as a unified plugin, for the remark CLI, unified-engine, and the remark
// language server (VS Code): `remark --use doc-codegen/remark-lint docs/`. On each doc the
// config names (its `docs` globs, exclusions included) it reports what `doc-codegen lint <file>`
// reports for that file, from the file's text as the editor has it (saved or not): the same
// rule ids (diagnostics/rules.ts), positions, advice (`note`) and rule URLs; other files get
// nothing. A config that cannot be loaded is one `config-invalid` error on each doc. It adds no
// rule of its own and never changes the tree.
import path from 'node:path';
import type { Root } from 'mdast';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { ConfigError, configFileIn, configInvalid, loadConfig, type ResolvedConfig } from './config.js';
import { severityOf, type Diagnostic } from './diagnostics/diagnostic.js';
import { sourceFile } from './discover/files.js';
import { docSelector } from './discover/select.js';
import { lint } from './build-model.js';
import { parsesAsDocCodegen } from './parse/processor.js';
import { fileStamp } from './util/stamp.js';

export interface RemarkDocCodegenOptions {
  /** Config file, relative to the working directory (default: the nearest doc-codegen config in the file's folder or above it). */
  config?: string;
  /** Also report info-level diagnostics, as `lint --verbose` does. */
  verbose?: boolean;
}

/**
 * The nearest config file at or above `dir`, as an editor wants it: its workspace may hold
 * several doc sets, each with its own config. Undefined when there is none.
 */
function findConfigFile(dir: string): string | undefined {
  // A config found before is taken as still there: projectOf's stamp tells when it is gone.
  const known = foundConfigs.get(dir);
  if (known !== undefined) return known;
  for (let current = dir; ; current = path.dirname(current)) {
    const found = configFileIn(current);
    if (found || path.dirname(current) === current) {
      if (found) foundConfigs.set(dir, found);
      return found;
    }
  }
}

/** The config file found for each folder, looked for again once it is gone (the walk up costs a stat a name a folder). */
const foundConfigs = new Map<string, string>();

/** A loaded config and which docs it names; or why it could not be loaded. */
type Project = { config: ResolvedConfig; selects: (relative: string) => boolean } | { error: ConfigError };

/**
 * Configs loaded in this process, by file (or by working folder, for the defaults), with the
 * file's stamp: a language server runs the plugin on every keystroke, and the config is read
 * again only when it changed on disk.
 */
const projects = new Map<string, { stamp: string; project: Project }>();

function stampOf(file: string | undefined): string {
  return file === undefined ? 'defaults' : (fileStamp(file) ?? 'missing');
}

async function projectOf(configPath: string | undefined, cwd: string): Promise<Project> {
  const key = configPath ?? `(defaults in ${cwd})`;
  const stamp = stampOf(configPath);
  const known = projects.get(key);
  if (known?.stamp === stamp) return known.project;
  let project: Project;
  try {
    const config = await loadConfig(configPath, cwd);
    project = { config, selects: docSelector(config.root, config.docs, config.outDir) };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    project = { error };
  }
  projects.set(key, { stamp, project });
  return project;
}

/**
 * The plugin: `unified().use(remarkParse).use(remarkDocCodegen, options)`.
 *
 * A transformer with a callback: the messages are added and the file handed on in the same
 * tick. unified-engine takes a file holding an error (`fatal`) as finished; were the messages
 * added by an async function, whose promise settles a tick later, another file could reach the
 * engine's queue in between, the queue would be flushed without this file, and this file would
 * then wait forever: `remark --frail` exited 0 with a broken doc in 18 of 20 runs.
 */
export default function remarkDocCodegen(this: Processor, options: RemarkDocCodegenOptions = {}) {
  const processor = this;
  return function transformer(tree: Root, file: VFile, next: (error?: Error) => void): void {
    if (!file.path) {
      next();
      return;
    }
    // A tree parsed with doc-codegen's syntax (the preset) is read as it is: no second parse.
    diagnosticsOf(file, parsesAsDocCodegen(processor) ? tree : undefined, options).then(
      (diagnostics) => {
        file.messages.push(...diagnostics);
        next();
      },
      (error: unknown) => next(error as Error),
    );
  };
}

/** What `doc-codegen lint <file>` reports for the file, from its text as the editor has it, with the file's path. */
async function diagnosticsOf(file: VFile, tree: Root | undefined, options: RemarkDocCodegenOptions): Promise<Diagnostic[]> {
  const absolute = path.resolve(file.cwd, file.path);
  const configPath = options.config !== undefined ? path.resolve(file.cwd, options.config) : findConfigFile(path.dirname(absolute));
  const project = await projectOf(configPath, file.cwd);
  if (configPath !== undefined && options.config === undefined && projects.get(configPath)?.stamp === 'missing') {
    // The config found for this folder was removed: look again from the next run on.
    foundConfigs.delete(path.dirname(absolute));
  }
  if ('error' in project) return [configInvalid(project.error, file.path)];
  const { config, selects } = project;
  const relative = path.relative(config.root, absolute).split(path.sep).join('/');
  if (!selects(relative)) return [];
  const text = sourceFile(relative, typeof file.value === 'string' ? new TextEncoder().encode(file.value) : file.value);
  // The tree's positions are the text's only when reading changed nothing (no CRLF, no BOM).
  if (tree && text.text === String(file.value)) text.mdast = tree;
  const { diagnostics } = await lint(config, { only: [relative], texts: [text], fullParse: options.verbose === true, withoutTranslations: true });
  const own = diagnostics.filter((diagnostic) => diagnostic.file === relative && (options.verbose || severityOf(diagnostic) !== 'info'));
  for (const diagnostic of own) diagnostic.file = file.path;
  return own;
}
