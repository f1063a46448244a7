// Model → every file of the generated package, in memory (relative path → text).
// Pure: only write/ touches the disk.
import type { EnumStyle } from '../config.js';
import type { Model } from '../model/types.js';
import { i18nextJson, icuJson } from './catalogs.js';
import { enumJson, modelJson } from './json.js';
import { compareText } from '../util/order.js';
import {
  groupModules,
  INDEX_MODULE,
  indexModuleSource,
  MESSAGE_MODULE,
  messageModuleSource,
  moduleSource,
  withNotice,
  type GeneratedSource,
  type ModuleSource,
} from './modules.js';
import { enumTable, packageJson, readmeText, type PackageInfo } from './package.js';

/** What emitting needs besides the model (which brings its locales). */
export interface EmitOptions {
  enumStyle: EnumStyle;
  /** Per module, overriding enumStyle. */
  enumStyles?: Readonly<Record<string, EnumStyle>>;
  package: PackageInfo;
  /** The version to write into package.json and the whole CHANGELOG.md. */
  release: { version: string; changelog: string };
}

export type EmittedFiles = Map<string, string>;

/**
 * Each module's files by a key of everything they are made from, kept between runs
 * (watch mode) so that only modules whose enums changed are emitted again.
 */
export type EmitMemo = Map<string, EmittedModule>;

/** A module's files, and its parts of the files made for the whole package. */
interface EmittedModule {
  module: ModuleSource;
  files: [string, string][];
  /** Its enums' sections of the README. */
  readme: string[];
}

export function emitPackage(model: Model, options: EmitOptions, memo?: EmitMemo): EmittedFiles {
  const files: EmittedFiles = new Map();
  const modules: ModuleSource[] = [];
  const fresh = new Map<string, EmittedModule>();
  const readme: string[] = [];
  for (const { name, enums } of groupModules(model)) {
    const style = options.enumStyles?.[name] ?? options.enumStyle;
    // Everything a module is made from, as its memo key (only worth computing with a memo).
    const key = memo ? JSON.stringify([name, enums, style, model.locales, options.package.name]) : name;
    const emitted = memo?.get(key) ?? emitModule(moduleSource(name, enums, style, model.locales), model.locales, options.package.name);
    fresh.set(key, emitted);
    modules.push(emitted.module);
    for (const line of emitted.readme) readme.push(line);
    for (const [file, text] of emitted.files) files.set(file, text);
  }
  if (memo) {
    // Keep only what this model uses, so the memo never outgrows the docs.
    memo.clear();
    for (const [key, emitted] of fresh) memo.set(key, emitted);
  }
  for (const [name, source] of [[MESSAGE_MODULE, messageModuleSource(model.locales, model.fallback)], [INDEX_MODULE, indexModuleSource(modules)]] as const) {
    for (const [file, text] of sourceFiles(name, source)) files.set(file, text);
  }
  files.set('model.json', modelJson(model));
  const info = { ...options.package, version: options.release.version };
  files.set('package.json', packageJson(info, modules, model));
  files.set('README.md', readmeText(info, modules, model, readme));
  files.set('CHANGELOG.md', options.release.changelog);
  // Map order is the order files were added; sorted, the output is the same however the memo was filled.
  return new Map([...files].sort(([a], [b]) => compareText(a, b)));
}

/** A module's TypeScript, JS and .d.ts, its catalogs per locale and its enums as JSON. */
function emitModule(module: ModuleSource, locales: readonly string[], packageName: string): EmittedModule {
  const files: [string, string][] = [...sourceFiles(module.name, module.source)];
  for (const locale of locales) {
    files.push([`locales/${locale}/${module.name}.json`, i18nextJson(module.enums, locale, locales)]);
    files.push([`locales/${locale}/${module.name}.icu.json`, icuJson(module.enums, locale, locales)]);
  }
  for (const enumDef of module.enums) files.push([`json/${module.name}/${enumDef.name}.json`, enumJson(enumDef)]);
  const readme = module.enums.flatMap((enumDef) => ['', ...enumTable(enumDef, `${packageName}/${module.name}`)]);
  return { module, files, readme };
}

function sourceFiles(name: string, { notice, forms }: GeneratedSource): [string, string][] {
  return [
    [`src/${name}.ts`, withNotice(notice, forms.ts)],
    [`dist/${name}.js`, withNotice(notice, forms.js)],
    [`dist/${name}.d.ts`, withNotice(notice, forms.dts)],
  ];
}
