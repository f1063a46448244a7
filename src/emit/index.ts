// Model → every file of the generated package, in memory (relative path → text).
// Pure: only write/ touches the disk.
import type { EnumStyle } from '../config.js';
import type { Model } from '../model/types.js';
import { compileModule } from './compile.js';
import { catalogJson, enumJson, modelJson } from './json.js';
import {
  INDEX_MODULE,
  indexModuleSource,
  MESSAGE_MODULE,
  messageModuleSource,
  moduleSources,
  withNotice,
  type GeneratedSource,
} from './modules.js';
import { packageJson, readmeText, type PackageInfo } from './package.js';

export interface EmitOptions {
  enumStyle: EnumStyle;
  locale: string;
  package: PackageInfo;
  /** The version to write into package.json and the whole CHANGELOG.md. */
  release: { version: string; changelog: string };
}

export type EmittedFiles = Map<string, string>;

export function emitPackage(model: Model, options: EmitOptions): EmittedFiles {
  const files: EmittedFiles = new Map();
  const modules = moduleSources(model, options.enumStyle, options.locale);
  const sources: [string, GeneratedSource][] = [
    [MESSAGE_MODULE, messageModuleSource()],
    ...modules.map((module): [string, GeneratedSource] => [module.name, module.source]),
    [INDEX_MODULE, indexModuleSource(modules)],
  ];
  for (const [name, { notice, body }] of sources) {
    files.set(`src/${name}.ts`, withNotice(notice, body));
    const { js, dts } = compileModule(`${name}.ts`, body);
    files.set(`dist/${name}.js`, withNotice(notice, js));
    files.set(`dist/${name}.d.ts`, withNotice(notice, dts));
  }
  for (const module of modules) {
    files.set(`locales/${options.locale}/${module.name}.json`, catalogJson(module.enums));
    for (const enumDef of module.enums) files.set(`json/${module.name}/${enumDef.name}.json`, enumJson(enumDef));
  }
  files.set('model.json', modelJson(model));
  const info = { ...options.package, version: options.release.version };
  files.set('package.json', packageJson(info, modules, model));
  files.set('README.md', readmeText(info, modules, model, options.locale));
  files.set('CHANGELOG.md', options.release.changelog);
  return files;
}
