// `doc-codegen init`: a first config for a folder of docs. It finds the docs (Markdown and
// MDX), drafts the config, lints the docs with it, names each definition that has no heading
// (rule definition-unnamed) or whose heading reads as a sentence from the words around it, so
// `generate` can run at once; and it says per doc what it found, how it read each table's
// columns, and which tables it did not read, with the config that reads them. It drafts no
// `columns`: a table is left unread only when no column can key it (table-key-ambiguous), or
// its code column holds text (table-near-miss), and a config that forced one would make
// duplicate or mixed members; the warning's advice is for the user to weigh.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { configFileIn, resolveConfig, type UserConfig } from './config.js';
import { columnSynonyms, headerRole } from './infer/headers.js';
import { docIdOf } from './discover/files.js';
import { lint } from './build-model.js';
import { nameForSentence, toPascalCase } from './model/naming.js';
import { draftModules } from './init-defaults.js';
import { draftPackageName, localeOfTexts } from './config-defaults.js';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import type { RuleId } from './diagnostics/rules.js';
import type { ColumnNote, EnumDef } from './model/types.js';

/** Rules a name in the config mends: a table without a heading, a heading that reads as a sentence. */
const NAMED_BY_CONFIG = new Set<string | undefined>(['definition-unnamed', 'definition-name-sentence'] satisfies RuleId[]);
/** Warnings about tables that could be definitions and are not read: init repeats them per doc. */
const UNREAD = new Set<string | undefined>(['table-key-ambiguous', 'table-near-miss', 'table-delimiter-invalid', 'table-html'] satisfies RuleId[]);

/** Per doc: the definitions found (with their column roles) and the tables not read. */
function findings(enums: readonly EnumDef[], diagnostics: readonly Diagnostic[]): DocFindings[] {
  const byDoc = new Map<string, DocFindings>();
  const of = (file: string): DocFindings => {
    const known = byDoc.get(file);
    if (known) return known;
    const fresh: DocFindings = { path: file, definitions: [], unread: [] };
    byDoc.set(file, fresh);
    return fresh;
  };
  for (const enumDef of enums) {
    const definition: DocFindings['definitions'][number] = { name: enumDef.name, members: enumDef.members.length };
    if (enumDef.columns) definition.columns = enumDef.columns;
    of(enumDef.source.path).definitions.push(definition);
  }
  for (const diagnostic of diagnostics) if (UNREAD.has(diagnostic.ruleId) && diagnostic.file) of(diagnostic.file).unread.push(`${diagnostic.line}:${diagnostic.column} ${diagnostic.reason}`);
  return [...byDoc.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

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
  /** What each doc with a definition or a finding gave, in doc order. */
  found: DocFindings[];
  /** For each module named under `modules`, what named it (`its heading "Lamp Colors"`), by doc id. */
  modulesFrom: Record<string, string>;
}

/** What init found in one doc: its definitions with their column roles, and what was not read and why. */
export interface DocFindings {
  path: string;
  definitions: { name: string; members: number; columns?: ColumnNote[] }[];
  /** Warnings about tables not read, and what they advise. */
  unread: string[];
}

/** The config a folder of docs needs, or the config file that is already there. */
export async function draftConfig(dir: string, schemaFile: string): Promise<DraftedConfig> {
  const existing = configFileIn(dir);
  if (existing) return { config: {}, docs: 0, existing, found: [], modulesFrom: {} };
  const files = markdownFiles(dir, '');
  const docs = docsGlobs(files);
  const docFiles = files.filter((file) => !NOT_DOCS.includes(file)).map((file) => ({ path: file, text: readFileSync(path.join(dir, file), 'utf8') }));
  const locale = localeOfTexts(docFiles.map((doc) => doc.text));
  const drafted = draftModules(docFiles);
  const modules = Object.fromEntries(Object.entries(drafted).map(([docId, { module }]) => [docId, module]));
  const config: UserConfig = { $schema: schemaPath(dir, schemaFile), docs, package: { name: draftPackageName(dir) }, locale };
  if (Object.keys(modules).length > 0) config.modules = modules;
  const draftRun = await lint(resolveConfig({ docs, modules, locale }, dir));
  const names: Record<string, string> = {};
  for (const diagnostic of draftRun.diagnostics) {
    if (!NAMED_BY_CONFIG.has(diagnostic.ruleId) || !diagnostic.file || diagnostic.line === undefined) continue;
    const docId = docIdOf(diagnostic.file);
    // A sentence heading's own words make its name (its enum is made, under the heading); a table without a heading takes the words above it.
    const { file, line } = diagnostic;
    const sentence = draftRun.model.enums.find((enumDef) => enumDef.source.path === file && enumDef.source.line === line);
    names[docId] ??=
      diagnostic.ruleId === 'definition-name-sentence' && sentence
        ? nameForSentence(sentence.originalName ?? sentence.name, docId)
        : suggestName(readFileSync(path.join(dir, file), 'utf8'), line, docId);
  }
  if (Object.keys(names).length > 0) config.names = names;
  // Linted again with the names drafted, so the report is of the config written.
  const linted = config.names ? await lint(resolveConfig({ docs, modules, names, locale }, dir)) : draftRun;
  const modulesFrom = Object.fromEntries(Object.entries(drafted).map(([docId, { from }]) => [docId, from]));
  return { config, docs: linted.filesRead, found: findings(linted.model.enums, linted.diagnostics), modulesFrom };
}

/** Markdown files below `dir`, relative to it, in code-unit order; dot folders and SKIPPED left out. */
function markdownFiles(root: string, relative: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(path.join(root, relative), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const child = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory() && !entry.name.startsWith('.') && !SKIPPED.has(entry.name)) files.push(...markdownFiles(root, child));
    else if (entry.isFile() && /\.(md|mdx|markdown)$/i.test(entry.name)) files.push(child);
  }
  return files;
}

/** The narrowest globs for the docs: their one folder when they share one, with the project's own Markdown left out. */
function docsGlobs(files: readonly string[]): string[] {
  const docs = files.filter((file) => !NOT_DOCS.includes(file));
  const folders = new Set(docs.map((file) => file.split('/')[0] ?? ''));
  const top = docs.every((file) => file.includes('/')) && folders.size === 1 ? [...folders][0] : undefined;
  const extension = docs.some((file) => /\.mdx$/i.test(file)) ? '*.{md,mdx}' : '*.md';
  const glob = top ? `${top}/**/${extension}` : docs.every((file) => !file.includes('/')) ? extension : `**/${extension}`;
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
  if (!word) return `${suffix}${toPascalCase(docId.split(/[^A-Za-z0-9]+/).filter((part) => part !== ''))}`;
  return toPascalCase([word]) + suffix;
}
