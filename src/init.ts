// `doc-codegen init`: a first config for a folder of docs. It finds the docs, drafts the
// config, lints the docs with it, and names each definition that has no heading (rule
// definition-unnamed) from the words around it, so `generate` can run at once.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { configFileIn, resolveConfig, type UserConfig } from './config.js';
import { columnSynonyms, headerRole } from './infer/headers.js';
import { docIdOf } from './discover/files.js';
import { lint } from './build-model.js';
import { toPascalCase } from './model/naming.js';

/** Folders never searched for docs. */
const SKIPPED = new Set(['node_modules', 'generated', 'dist']);
/** Markdown files of a project that are not docs. */
const NOT_DOCS = ['README.md', 'CHANGELOG.md', 'CONTRIBUTING.md', 'LICENSE.md'];

export interface DraftedConfig {
  config: UserConfig;
  /** How many docs the globs find. */
  docs: number;
  /** The config file already there, when there is one (nothing is drafted then). */
  existing?: string;
}

/** The config a folder of docs needs, or the config file that is already there. */
export async function draftConfig(dir: string, schemaFile: string): Promise<DraftedConfig> {
  const existing = configFileIn(dir);
  if (existing) return { config: {}, docs: 0, existing };
  const found = markdownFiles(dir, '');
  const docs = docsGlobs(found);
  const config: UserConfig = { $schema: schemaPath(dir, schemaFile), docs };
  const linted = await lint(resolveConfig({ docs }, dir));
  const names: Record<string, string> = {};
  for (const diagnostic of linted.diagnostics) {
    if (diagnostic.ruleId !== 'definition-unnamed' || !diagnostic.file || diagnostic.line === undefined) continue;
    const docId = docIdOf(diagnostic.file);
    names[docId] ??= suggestName(readFileSync(path.join(dir, diagnostic.file), 'utf8'), diagnostic.line, docId);
  }
  if (Object.keys(names).length > 0) config.names = names;
  return { config, docs: linted.filesRead };
}

/** Markdown files below `dir`, relative to it, in code-unit order; dot folders and SKIPPED left out. */
function markdownFiles(root: string, relative: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(path.join(root, relative), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const child = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory() && !entry.name.startsWith('.') && !SKIPPED.has(entry.name)) files.push(...markdownFiles(root, child));
    else if (entry.isFile() && /\.(md|markdown)$/i.test(entry.name)) files.push(child);
  }
  return files;
}

/** The narrowest globs for the docs: their one folder when they share one, with the project's own Markdown left out. */
function docsGlobs(files: readonly string[]): string[] {
  const docs = files.filter((file) => !NOT_DOCS.includes(file));
  const folders = new Set(docs.map((file) => file.split('/')[0] ?? ''));
  const top = docs.every((file) => file.includes('/')) && folders.size === 1 ? [...folders][0] : undefined;
  const glob = top ? `${top}/**/*.md` : docs.every((file) => !file.includes('/')) ? '*.md' : '**/*.md';
  const left = top ? [] : files.filter((file) => NOT_DOCS.includes(file)).map((file) => `!${file}`);
  return [glob, ...left];
}

/** The schema as the folder sees it: the installed package's when there is one. */
function schemaPath(dir: string, schemaFile: string): string {
  const installed = path.join(dir, 'node_modules/doc-codegen/schema/config.schema.json');
  const relative = path.relative(dir, existsSync(installed) ? installed : schemaFile).split(path.sep).join('/');
  return relative.startsWith('.') ? relative : `./${relative}`;
}

/**
 * A name for the headless definition at `line` (1-based, its table's header): the first Latin
 * word of the text above it back to the previous heading (`调用 OpenAPI 失败` → `OpenApi`),
 * then `ErrorCode` for a code table, `Enum` otherwise; `ErrorCode<docId>` when there is no word.
 */
export function suggestName(text: string, line: number, docId: string): string {
  const lines = text.split('\n');
  const header = lines[line - 1] ?? '';
  const synonyms = columnSynonyms();
  const roles = header.split('|').map((cell) => headerRole(cell, synonyms)?.role);
  const suffix = roles.includes('code') ? 'ErrorCode' : 'Enum';
  let start = line - 1;
  while (start > 0 && !/^ {0,3}#{1,6}\s/.test(lines[start - 1] ?? '') && !/^---\s*$/.test(lines[start - 1] ?? '')) start--;
  const word = /[A-Za-z][A-Za-z0-9]+/.exec(lines.slice(start, line - 1).join('\n'))?.[0];
  if (!word) return `${suffix}${docId.replace(/[^A-Za-z0-9_$]/g, '_')}`;
  return toPascalCase([word]) + suffix;
}
