// Groups enums into modules and prints each module (TypeScript, JavaScript, declarations),
// plus the shared message module and the root index that re-exports unambiguous names.
import type { EnumStyle } from '../config.js';
import type { EnumDef, Model } from '../model/types.js';
import { compareText } from '../util/order.js';
import type { Declaration } from './declaration.js';
import { enumDeclarations, type ExportedName } from './enums.js';
import { CATALOG_TYPE_NAME, PACKAGE_MODULES } from '../model/naming.js';
import { generatedNotice, SHARED_NOTICE } from './header.js';
import { localeDeclarations, MESSAGE_MODULE, MESSAGE_TEMPLATE, messageDeclaration } from './message.js';
import { printForms, type ModuleForms } from './print.js';

export interface ModuleSource {
  /** Module name: the file is src/<name>.ts, the subpath export ./<name>. */
  name: string;
  /** Source docs, in model order. */
  sources: string[];
  enums: EnumDef[];
  source: GeneratedSource;
  exports: ExportedName[];
}

/** A generated module: its "do not edit" notice and its code in each form, kept apart so all carry the same notice. */
export interface GeneratedSource {
  notice: string;
  forms: ModuleForms;
}

/** The file text: the notice as line comments, a blank line, the code. */
export function withNotice(notice: string, body: string): string {
  const comment = notice
    .split('\n')
    .map((line) => `// ${line}`)
    .join('\n');
  return `${comment}\n\n${body.trimEnd()}\n`;
}

export const INDEX_MODULE = PACKAGE_MODULES.index;

/** Enums grouped by module, modules in code-unit order, enums in model order. */
export function groupModules(model: Model): { name: string; enums: EnumDef[] }[] {
  const byModule = new Map<string, EnumDef[]>();
  for (const enumDef of model.enums) {
    const list = byModule.get(enumDef.module) ?? [];
    list.push(enumDef);
    byModule.set(enumDef.module, list);
  }
  return [...byModule.keys()].sort(compareText).map((name) => ({ name, enums: byModule.get(name) ?? [] }));
}

export function moduleSource(name: string, enums: EnumDef[], style: EnumStyle, locales: readonly string[]): ModuleSource {
  const sources = [...new Set(enums.map((enumDef) => enumDef.source.path))];
  const parts = enums.map((enumDef) => enumDeclarations(enumDef, style, locales));
  const declarations: Declaration[] = [
    { kind: 'import', names: [CATALOG_TYPE_NAME, 'MessageOptions'], from: MESSAGE_MODULE, typeOnly: true },
    { kind: 'import', names: ['resolveMessage'], from: MESSAGE_MODULE, typeOnly: false },
    ...parts.flatMap((part) => part.declarations),
  ];
  const source = { notice: generatedNotice(sources), forms: printForms(declarations) };
  return { name, sources, enums, source, exports: parts.flatMap((part) => part.exports) };
}

/** The shared module: the fixed template with the model's locales filled in. */
export function messageModuleSource({ locales, fallback, enums }: Pick<Model, 'locales' | 'fallback' | 'enums'>): GeneratedSource {
  const withAttributes = enums.some((enumDef) => enumDef.members.some((member) => member.attributes !== undefined));
  const declarations = MESSAGE_TEMPLATE.flatMap((part) => (part === 'locales' ? localeDeclarations(locales, fallback) : part === 'message' ? [messageDeclaration(withAttributes)] : [part]));
  return { notice: SHARED_NOTICE, forms: printForms(declarations) };
}

/** The root index: names exported by exactly one module; the others are listed in a comment. */
export function indexModuleSource(modules: readonly ModuleSource[]): GeneratedSource {
  const owners = new Map<string, ModuleSource[]>();
  for (const module of modules) {
    for (const exported of module.exports) {
      const list = owners.get(exported.name);
      if (list) list.push(module);
      else owners.set(exported.name, [module]);
    }
  }
  const ambiguous = [...owners].filter(([, list]) => list.length > 1).map(([name]) => name).sort(compareText);
  const declarations: Declaration[] = [
    reExport([CATALOG_TYPE_NAME, 'Catalogs', 'Locale', 'MessageOptions'], MESSAGE_MODULE, true),
    reExport(['DEFAULT_LOCALE', 'FALLBACKS', 'LOCALES', 'resolveMessage'], MESSAGE_MODULE, false),
  ];
  for (const module of modules) {
    const unique = module.exports.filter((exported) => owners.get(exported.name)?.length === 1);
    const values = unique.filter((exported) => !exported.typeOnly).map((exported) => exported.name);
    const types = unique.filter((exported) => exported.typeOnly).map((exported) => exported.name);
    if (values.length > 0) declarations.push(reExport(values, module.name, false));
    if (types.length > 0) declarations.push(reExport(types, module.name, true));
  }
  const sources = [...new Set(modules.flatMap((module) => module.sources))];
  let notice = generatedNotice(sources);
  if (ambiguous.length > 0) {
    notice += `\n${wrap(`Not re-exported here because several modules export them (import them from a module): ${ambiguous.join(', ')}.`, 100)}`;
  }
  return { notice, forms: printForms(declarations) };
}

/** Words into lines of at most `width` characters (a longer word stands alone). */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}

/** `export { … } from "./module.js";`: type-only re-exports have no JavaScript. */
function reExport(names: readonly string[], module: string, typeOnly: boolean): Declaration {
  return { kind: 'import', reExport: true, names, from: module, typeOnly };
}
