// Model → every file of the generated package, in memory (relative path → text).
// Pure: only write/ touches the disk.
import type { EnumStyle, PackageFields } from '../config.js';
import type { Model } from '../model/types.js';
import { i18nextJson, icuJson } from './catalogs.js';
import { enumJson, modelJson } from './json.js';
import { compareText } from '../util/order.js';
import {
  groupModules,
  INDEX_MODULE,
  indexModuleSource,
  messageModuleSource,
  moduleSource,
  withNotice,
  type GeneratedSource,
  type ModuleSource,
} from './modules.js';
import { MESSAGE_MODULE } from './message.js';
import { enumTable, packageJson, readmeText } from './package.js';

/** What emitting needs besides the model (which brings its locales). */
export interface EmitOptions {
  enumStyle: EnumStyle;
  /** Per module, overriding enumStyle. */
  enumStyles?: Readonly<Record<string, EnumStyle>>;
  package: PackageFields;
  /** The version to write into package.json and the whole CHANGELOG.md. */
  release: { version: string; changelog: string };
}

export type EmittedFiles = Map<string, string>;

/**
 * What a watcher keeps between runs so that only what changed is emitted again. A
 * watcher's models share unchanged enums and docs (model/build.ts ModelMemo), so their
 * JSON is printed once per object.
 */
export interface EmitMemo {
  /** Each module's files and what they were made from. */
  modules: Map<string, EmittedModule>;
  /** Each enum's and doc's part of model.json, by object. */
  json: WeakMap<object, string>;
  /** The root index and a key of what it was made from. */
  index?: { key: string; files: [string, string][] };
  /** Each module's part of that key. */
  indexKeys: WeakMap<ModuleSource, string>;
}

export function createEmitMemo(): EmitMemo {
  return { modules: new Map(), json: new WeakMap(), indexKeys: new WeakMap() };
}

/** A module's files, and its parts of the files made for the whole package. */
interface EmittedModule {
  /** What they were made from besides the enums (in module.enums). */
  made: string;
  module: ModuleSource;
  files: [string, string][];
  /** Its enums' sections of the README, as one text. */
  readme: string;
}

export function emitPackage(model: Model, options: EmitOptions, memo?: EmitMemo): EmittedFiles {
  const files: EmittedFiles = new Map();
  const modules: ModuleSource[] = [];
  const fresh = new Map<string, EmittedModule>();
  const readme: string[] = [];
  for (const { name, enums } of groupModules(model)) {
    const style = options.enumStyles?.[name] ?? options.enumStyle;
    const made = JSON.stringify([style, model.locales, options.package.name]);
    // A watcher's models share unchanged enums (model/build.ts ModelMemo): the same enums make the same files.
    const known = memo?.modules.get(name);
    const emitted =
      known && known.made === made && sameItems(known.module.enums, enums)
        ? known
        : emitModule(moduleSource(name, enums, style, model.locales), model.locales, options.package.name, made);
    fresh.set(name, emitted);
    modules.push(emitted.module);
    readme.push(emitted.readme);
    for (const [file, text] of emitted.files) files.set(file, text);
  }
  // Keep only what this model uses, so the memo never outgrows the docs.
  if (memo) memo.modules = fresh;
  for (const [file, text] of sourceFiles(MESSAGE_MODULE, messageModuleSource(model))) files.set(file, text);
  for (const [file, text] of indexFiles(modules, memo)) files.set(file, text);
  files.set('model.json', modelJson(model, memo?.json));
  const info = { ...options.package, version: options.release.version };
  files.set('package.json', packageJson(info, modules, model));
  files.set('README.md', readmeText(info, modules, model, readme));
  files.set('CHANGELOG.md', options.release.changelog);
  // Map order is the order files were added; sorted, the output is the same however the memo was filled.
  return new Map([...files].sort(([a], [b]) => compareText(a, b)));
}

/** A module's TypeScript, JS and .d.ts, its catalogs per locale and its enums as JSON. */
function emitModule(module: ModuleSource, locales: readonly string[], packageName: string, made: string): EmittedModule {
  const files: [string, string][] = [...sourceFiles(module.name, module.source)];
  for (const locale of locales) {
    files.push([`locales/${locale}/${module.name}.json`, i18nextJson(module.enums, locale, locales)]);
    files.push([`locales/${locale}/${module.name}.icu.json`, icuJson(module.enums, locale, locales)]);
  }
  for (const enumDef of module.enums) files.push([`json/${module.name}/${enumDef.name}.json`, enumJson(enumDef)]);
  const readme = module.enums.flatMap((enumDef) => ['', ...enumTable(enumDef, `${packageName}/${module.name}`)]).join('\n');
  return { made, module, files, readme };
}

/** The root index's files; the last ones when made from the same module names, exports and sources. */
function indexFiles(modules: readonly ModuleSource[], memo: EmitMemo | undefined): [string, string][] {
  const partOf = (module: ModuleSource, keys: WeakMap<ModuleSource, string>): string => {
    const part = keys.get(module) ?? JSON.stringify([module.name, module.exports, module.sources]);
    keys.set(module, part);
    return part;
  };
  const key = memo ? modules.map((module) => partOf(module, memo.indexKeys)).join('\n') : '';
  if (memo?.index?.key === key) return memo.index.files;
  const files = sourceFiles(INDEX_MODULE, indexModuleSource(modules));
  if (memo) memo.index = { key, files };
  return files;
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

function sourceFiles(name: string, { notice, forms }: GeneratedSource): [string, string][] {
  return [
    [`src/${name}.ts`, withNotice(notice, forms.ts)],
    [`dist/${name}.js`, withNotice(notice, forms.js)],
    [`dist/${name}.d.ts`, withNotice(notice, forms.dts)],
  ];
}
