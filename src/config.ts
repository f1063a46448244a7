// Loads and validates doc-codegen.config.json. Defaults are declared once, in
// schema/config.schema.json (the file editors complete from); Ajv's validator, compiled from
// it ahead of time (scripts/config-validator.mjs), fills them in, so nothing deeper ever
// reads raw options. The two defaults that depend on the project (the package name, the
// docs' locale) come from config-defaults.ts; a link base has none.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { globBase, isWithin, realPath } from './util/paths.js';
import { createDiagnostic, type Diagnostic } from './diagnostics/diagnostic.js';
import type { ErrorObject } from 'ajv';
import { validate as compiledValidator } from './config-validator.generated.js';
import { defaultLocale, defaultPackageName } from './config-defaults.js';
import { optional } from './util/optional.js';

export const CONFIG_FILE_NAME = 'doc-codegen.config.json';
/** Config files looked for, in this order, when none is given. */
export const CONFIG_FILE_NAMES = ['doc-codegen.config.ts', 'doc-codegen.config.mts', 'doc-codegen.config.js', 'doc-codegen.config.mjs', CONFIG_FILE_NAME];
/** Where build tools keep caches by convention, under the working directory. */
export const DEFAULT_CACHE_DIR = 'node_modules/.cache/doc-codegen';

export type EnumStyle = 'enum' | 'const-object' | 'union';
export type ColumnRole = 'name' | 'value' | 'description' | 'code' | 'solution' | 'attribute';

/** The config file as written; every key is optional (defaults in the schema). */
export interface UserConfig {
  $schema?: string;
  /** Globs of the Markdown docs, relative to the config file. */
  docs?: string[];
  /** Folder of the generated package, relative to the config file. */
  outDir?: string;
  package?: { name?: string; version?: string; description?: string; license?: string };
  /** Locale of the docs' text; catalogs go under locales/<locale>/ (default: read from the docs' letters). */
  locale?: string;
  /** Translated docs per other locale: { "en": ["docs/en/*.md"] } (same doc ids, same tables). */
  translations?: Record<string, string[]>;
  /** Fallback chain per locale: { "en": ["zh-CN"] }; by default every locale falls back to `locale`. */
  fallback?: Record<string, string[]>;
  /** A doc's page is docsBaseUrl + its doc id; without it no links to doc pages are emitted. */
  docsBaseUrl?: string;
  /** A page with a section per rule id: diagnostics link to rulesUrl#<rule id> (default: the installed docs/rules.md). */
  rulesUrl?: string;
  enumStyle?: EnumStyle;
  /** enumStyle per output module, overriding `enumStyle`: { "293538": "union" }. */
  enumStyles?: Record<string, EnumStyle>;
  /** Names of definitions without a heading (or whose heading reads as a sentence), by doc id. */
  names?: Record<string, string>;
  /** Output module names by doc id (default: the doc id). */
  modules?: Record<string, string>;
  /** Extra header texts per column role. */
  columns?: Partial<Record<ColumnRole, string[]>>;
  /** Front-matter statuses to include (default: [1], online). */
  includeStatus?: number[];
  /** Values of names the docs use but do not define, e.g. { "GLES10.GL_TEXTURE_2D": 3553 }. */
  constants?: Record<string, number | string>;
  /** Folder of the persistent cache (default: node_modules/.cache/doc-codegen under the working directory). */
  cacheDir?: string;
  /** Make `generate` fail, writing nothing, on breaking changes unless --allow-breaking. */
  failOnBreaking?: boolean;
  /** Threads of a run: N - 1 workers parse the largest docs while the main thread does the rest (default 1: on 2 cores more does not pay). */
  threads?: number;
  /** Warn about docs without front matter (default true). */
  requireFrontMatter?: boolean;
  /** Report members of same-named enums in different docs whose values differ (default true). */
  crossDocCheck?: boolean;
  /** Platform families (family → doc ids): only docs of one family are compared across; default: all docs are one. */
  platformFamilies?: Record<string, string[]>;
  /** SDK names of doc enums where they differ, for `verify`: { "ErrorType": "bytertc::ErrorCode" } (key: Enum or module.Enum). */
  sdk?: Record<string, string>;
}

/** The generated package's package.json fields. */
export interface PackageFields {
  name: string;
  version: string;
  description: string;
  license?: string;
}

/** The config with every default applied and paths made absolute. */
export interface ResolvedConfig {
  /** The config file, or undefined when running on defaults. */
  configPath?: string;
  /** The folder paths are relative to (the config file's folder). */
  root: string;
  docs: string[];
  outDir: string;
  package: PackageFields;
  locale: string;
  translations: Record<string, string[]>;
  fallback: Record<string, string[]>;
  docsBaseUrl?: string;
  rulesUrl?: string;
  enumStyle: EnumStyle;
  enumStyles: Record<string, EnumStyle>;
  names: Record<string, string>;
  modules: Record<string, string>;
  columns: Partial<Record<ColumnRole, string[]>>;
  includeStatus: number[];
  constants: Record<string, number | string>;
  cacheDir: string;
  failOnBreaking: boolean;
  threads: number;
  requireFrontMatter: boolean;
  sdk: Record<string, string>;
  crossDocCheck: boolean;
  platformFamilies: Record<string, string[]>;
}

/** A config that cannot be used; the CLI exits 2 with this message. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** A config that cannot be loaded, as a diagnostic at the top of `file` (a doc in the editor, or the config itself): the same text the CLI prints. */
export function configInvalid(error: ConfigError, file: string): Diagnostic {
  return createDiagnostic('config-invalid', error.message, file, { line: 1, column: 1 });
}

/** Ajv's standalone validator: true when valid, else its errors on `.errors`; fills in defaults. */
const validator = compiledValidator as ((value: unknown) => boolean) & { errors?: ErrorObject[] | null };

function validate(value: unknown): ErrorObject[] {
  return validator(value) ? [] : [...(validator.errors ?? [])];
}

/** The first of CONFIG_FILE_NAMES in `dir`, or undefined. */
export function configFileIn(dir: string): string | undefined {
  return CONFIG_FILE_NAMES.map((name) => path.join(dir, name)).find((candidate) => existsSync(candidate));
}

/** Types a config written in TypeScript or JavaScript: `export default defineConfig({ … })`. */
export function defineConfig(config: UserConfig): UserConfig {
  return config;
}

/**
 * Reads the config at `configPath`, or the first of CONFIG_FILE_NAMES in `cwd`, or runs on
 * defaults rooted at `cwd`. `.ts`, `.mts`, `.js` and `.mjs` configs are loaded with jiti.
 */
export async function loadConfig(configPath?: string, cwd: string = process.cwd()): Promise<ResolvedConfig> {
  const file = configPath !== undefined ? path.resolve(cwd, configPath) : configFileIn(cwd);
  if (file === undefined) return resolveConfig({}, cwd, undefined, cwd);
  const raw = /\.json$/i.test(file) ? await readJsonConfig(file) : await importConfig(file);
  return resolveConfig(raw, path.dirname(file), file, cwd);
}

async function readJsonConfig(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`${file}: cannot read the config file (${(error as Error).message}).`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ConfigError(`${file}: not valid JSON: ${(error as Error).message}`);
  }
}

async function importConfig(file: string): Promise<unknown> {
  if (!existsSync(file)) throw new ConfigError(`${file}: cannot read the config file (it does not exist).`);
  // jiti compiles TypeScript on the fly; loaded only for such configs.
  const { createJiti } = await import('jiti');
  try {
    return await createJiti(import.meta.url, { moduleCache: false }).import(file, { default: true });
  } catch (error) {
    throw new ConfigError(`${file}: cannot load the config: ${(error as Error).message}`);
  }
}

/** Validates a config object and applies defaults; `root` is where relative paths start. */
/** `cwd`: where the default cacheDir goes (node_modules/.cache under the working directory). */
export function resolveConfig(raw: unknown, root: string, configPath?: string, cwd: string = process.cwd()): ResolvedConfig {
  const where = configPath ?? '(config)';
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ConfigError(`${where}: the config must be a JSON object.`);
  }
  const config = structuredClone(raw) as UserConfig;
  const errors = validate(config);
  if (errors.length > 0) {
    const lines = errors.map((error) => `  - ${describeError(error)}`);
    throw new ConfigError(`${where}: invalid config:\n${lines.join('\n')}`);
  }
  // Every key but those below now holds a value: the schema declares a default for each.
  const full = config as Required<UserConfig> & { package: Omit<PackageFields, 'name'> & { name?: string } };
  const outDir = path.resolve(root, full.outDir);
  checkOutDirPlace(where, full.outDir, outDir, root, [...full.docs, ...Object.values(full.translations).flat()]);
  return {
    configPath,
    root,
    docs: full.docs,
    outDir,
    package: { ...full.package, name: full.package.name ?? defaultPackageName(root) },
    locale: config.locale ?? defaultLocale(root, full.docs, Object.values(full.translations).flat()),
    translations: lookupTable(full.translations),
    fallback: lookupTable(full.fallback),
    ...optional('docsBaseUrl', config.docsBaseUrl?.replace(/\/?$/, '/')),
    ...optional('rulesUrl', config.rulesUrl),
    enumStyle: full.enumStyle,
    enumStyles: lookupTable(full.enumStyles),
    names: lookupTable(full.names),
    modules: lookupTable(full.modules),
    columns: full.columns,
    includeStatus: full.includeStatus,
    constants: lookupTable(full.constants),
    failOnBreaking: full.failOnBreaking,
    threads: full.threads,
    requireFrontMatter: full.requireFrontMatter,
    sdk: lookupTable(full.sdk),
    crossDocCheck: full.crossDocCheck,
    platformFamilies: lookupTable(full.platformFamilies),
    cacheDir: config.cacheDir === undefined ? path.resolve(cwd, DEFAULT_CACHE_DIR) : path.resolve(root, config.cacheDir),
  };
}

/**
 * A record the run looks keys up in (doc ids, module names): without a prototype, so a key
 * such as `constructor` or `__proto__` is only ever the user's own.
 */
function lookupTable<T>(record: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, record);
}

/** Folders no output may go to: the kernel's views of processes and devices. */
const SYSTEM_FOLDERS = ['/proc', '/sys', '/dev'];

/**
 * doc-codegen owns outDir and replaces it whole: it must never be or hold the project, the
 * docs (their glob's folder) or a system folder, and never sit inside the docs. Checked with
 * links resolved.
 */
function checkOutDirPlace(where: string, written: string, outDir: string, root: string, globs: readonly string[]): void {
  const real = realPath(outDir);
  const realRoot = realPath(root);
  const refuse = (why: string): never => {
    throw new ConfigError(`${where}: "outDir" (${written}) ${why}`);
  };
  if (isWithin(realRoot, real)) refuse('must be a folder inside or beside the project, not the project folder or one of its parents.');
  if (process.platform !== 'win32' && SYSTEM_FOLDERS.some((folder) => isWithin(real, folder))) {
    refuse(`resolves to ${real}, a system folder: choose a folder of the project, such as "generated".`);
  }
  for (const glob of globs.filter((pattern) => !pattern.startsWith('!'))) {
    const base = realPath(path.resolve(root, globBase(glob)));
    if (base === realRoot) continue;
    if (isWithin(base, real) || isWithin(real, base)) {
      refuse(`and the docs (\`${glob}\`) must be apart: doc-codegen would read its own output as docs, or replace the docs with it. Move outDir beside the docs folder.`);
    }
  }
}

/** Ajv's error as a sentence that names the key. */
function describeError(error: ErrorObject): string {
  const key = error.instancePath ? error.instancePath.slice(1).replaceAll('/', '.') : '(top level)';
  switch (error.keyword) {
    case 'additionalProperties': {
      const extra = (error.params as { additionalProperty: string }).additionalProperty;
      const at = error.instancePath ? `${key}.${extra}` : extra;
      return `unknown key "${at}"`;
    }
    case 'enum':
      return `"${key}" must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'type':
      return `"${key}" must be of type ${(error.params as { type: string }).type}`;
    case 'pattern':
      return `"${key}" must match ${(error.params as { pattern: string }).pattern}`;
    default:
      return `"${key}" ${error.message ?? 'is invalid'}`;
  }
}

/** The docs' locale, then the translated ones in code-unit order, and each one's fallback chain ending in the docs' locale. */
export function localesOf(config: Pick<ResolvedConfig, 'locale' | 'translations' | 'fallback'>): { locales: string[]; fallback: Record<string, string[]> } {
  const others = Object.keys(config.translations)
    .filter((locale) => locale !== config.locale)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const locales = [config.locale, ...others];
  const fallback: Record<string, string[]> = {};
  for (const locale of others) {
    const chain = (config.fallback[locale] ?? []).filter((step) => step !== locale && locales.includes(step));
    fallback[locale] = [...new Set([...chain, config.locale])];
  }
  return { locales, fallback };
}
