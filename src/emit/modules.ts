// Groups enums into modules and prints each module (TypeScript, JavaScript, declarations),
// plus the shared Message type and the root index that re-exports unambiguous names.
import { StructureKind } from 'ts-morph';
import type { EnumStyle } from '../config.js';
import type { EnumDef, Model } from '../model/types.js';
import { compareText } from '../util/order.js';
import { enumStatements, type ExportedName } from './enums.js';
import { CATALOG_TYPE_NAME } from '../model/naming.js';
import { generatedNotice } from './header.js';
import { quote } from './names.js';
import { commentLines, indent, lines, printForms, type ModuleForms, type Statement } from './statement.js';

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

export const MESSAGE_MODULE = 'message';
export const INDEX_MODULE = 'index';

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
  const parts = enums.map((enumDef) => enumStatements(enumDef, style, locales));
  const messageTypes = [CATALOG_TYPE_NAME, 'MessageOptions'];
  const typeImport = `import type { ${messageTypes.join(', ')} } from "./${MESSAGE_MODULE}.js";`;
  const valueImport = `import { resolveMessage } from "./${MESSAGE_MODULE}.js";`;
  const statements: Statement[] = [
    { ts: typeImport, dts: typeImport },
    { ts: valueImport, js: valueImport },
    ...parts.flatMap((part) => part.statements),
  ];
  const source = { notice: generatedNotice(sources), forms: printForms(statements) };
  return { name, sources, enums, source, exports: parts.flatMap((part) => part.exports) };
}

/** The shared module: the Message type, the locales and the fallback lookup every accessor uses. */
export function messageModuleSource(locales: readonly string[], fallback: Readonly<Record<string, readonly string[]>>): GeneratedSource {
  const localeType = locales.map(quote).join(' | ');
  const fallbacks = locales.map((locale) => `${quote(locale)}: [${(fallback[locale] ?? []).map(quote).join(', ')}],`);
  const localesDoc = "The locales of the catalogs; the first is the docs' own, which has every message.";
  const fallbacksDoc = 'Where a locale looks for a message it lacks, in order (the default locale last).';
  const catalogsDoc = "An enum's messages per locale, by value: complete in the default locale, partial in others.";
  const resolveDoc = 'The message of `key` in `locale`, else in its fallbacks, else in the default locale.';
  const resolveSignature = (types: boolean): string =>
    types
      ? `resolveMessage<K extends PropertyKey>(catalogs: Catalogs<K>, key: K, locale: Locale = DEFAULT_LOCALE): ${CATALOG_TYPE_NAME}`
      : 'resolveMessage(catalogs, key, locale = DEFAULT_LOCALE)';
  const resolveBody = (types: boolean): string[] => [
    'for (const candidate of [locale, ...(FALLBACKS[locale] ?? []), DEFAULT_LOCALE]) {',
    '  const catalog = catalogs[candidate];',
    '  // Own entries only: a key such as "__proto__" must never find Object.prototype.',
    '  if (catalog !== undefined && Object.hasOwn(catalog, key)) {',
    '    const found = catalog[key];',
    // TypeScript's emitter puts the statement of a braceless `if` on its own line.
    ...(types ? ['    if (found !== undefined) return found;'] : ['    if (found !== undefined)', '      return found;']),
    '  }',
    '}',
    'return { message: String(key) };',
  ];
  const messageMembers = [
    { name: 'message', type: 'string', optional: false, doc: 'What the value means.' },
    { name: 'solution', type: 'string', optional: true, doc: 'How to handle it, where the docs say.' },
  ];
  const messageDoc = 'A localized message of a code or enum value: what it means and, where the docs say, what to do.';
  const catalogsType = (inner: string[]): string[] => [`export type Catalogs<K extends PropertyKey> = ${inner.join('\n')};`];
  const statements: Statement[] = [
    {
      ts: {
        kind: StructureKind.Interface,
        isExported: true,
        name: CATALOG_TYPE_NAME,
        docs: [messageDoc],
        properties: messageMembers.map((member) => ({ name: member.name, type: member.type, isReadonly: true, hasQuestionToken: member.optional, docs: [member.doc] })),
      },
      dts: lines(
        commentLines(messageDoc),
        `export interface ${CATALOG_TYPE_NAME} {`,
        indent(messageMembers.flatMap((member) => [...commentLines(member.doc), `readonly ${member.name}${member.optional ? '?' : ''}: ${member.type};`])),
        '}',
      ),
    },
    typeOnly(lines(commentLines(localesDoc), `export type Locale = ${localeType};`)),
    {
      ts: `export const LOCALES: readonly Locale[] = [${locales.map(quote).join(', ')}];`,
      js: `export const LOCALES = [${locales.map(quote).join(', ')}];`,
      dts: 'export declare const LOCALES: readonly Locale[];',
    },
    {
      ts: `export const DEFAULT_LOCALE: Locale = ${quote(locales[0] ?? '')};`,
      js: `export const DEFAULT_LOCALE = ${quote(locales[0] ?? '')};`,
      dts: 'export declare const DEFAULT_LOCALE: Locale;',
    },
    {
      ts: lines(commentLines(fallbacksDoc), 'export const FALLBACKS: Readonly<Record<Locale, readonly Locale[]>> = {', fallbacks.map((line) => `  ${line}`), '};'),
      js: lines(commentLines(fallbacksDoc), 'export const FALLBACKS = {', indent(fallbacks), '};'),
      dts: lines(commentLines(fallbacksDoc), 'export declare const FALLBACKS: Readonly<Record<Locale, readonly Locale[]>>;'),
    },
    typeOnly('export interface MessageOptions {\n  /** Default: DEFAULT_LOCALE. */\n  readonly locale?: Locale;\n}'),
    {
      ts: lines(commentLines(catalogsDoc), catalogsType([`{ readonly [L in Locale]: Readonly<Partial<Record<K, ${CATALOG_TYPE_NAME}>>> }`])),
      // TypeScript prints a mapped type over several lines.
      dts: lines(commentLines(catalogsDoc), catalogsType(['{', `    readonly [L in Locale]: Readonly<Partial<Record<K, ${CATALOG_TYPE_NAME}>>>;`, '}'])),
    },
    {
      ts: lines(commentLines(resolveDoc), `export function ${resolveSignature(true)} {`, resolveBody(true).map((line) => `  ${line}`), '}'),
      js: lines(commentLines(resolveDoc), `export function ${resolveSignature(false)} {`, indent(resolveBody(false).map(fourSpaces)), '}'),
      dts: lines(
        commentLines(resolveDoc),
        `export declare function resolveMessage<K extends PropertyKey>(catalogs: Catalogs<K>, key: K, locale?: Locale): ${CATALOG_TYPE_NAME};`,
      ),
    },
  ];
  return { notice: generatedNotice([]).replace('from no docs', 'for every module'), forms: printForms(statements) };
}

/** A type declaration: the same text in the source and the declarations, none in JavaScript. */
function typeOnly(text: string): Statement {
  return { ts: text, dts: text.split('\n').map(fourSpaces).join('\n') };
}

/** Source indented by two spaces a level, re-indented by four as TypeScript emits it. */
function fourSpaces(line: string): string {
  const pad = /^ */.exec(line)?.[0].length ?? 0;
  return '    '.repeat(pad / 2) + line.slice(pad);
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
  const statements: Statement[] = [
    reExport([CATALOG_TYPE_NAME, 'Catalogs', 'Locale', 'MessageOptions'], MESSAGE_MODULE, true),
    reExport(['DEFAULT_LOCALE', 'FALLBACKS', 'LOCALES', 'resolveMessage'], MESSAGE_MODULE, false),
  ];
  for (const module of modules) {
    const unique = module.exports.filter((exported) => owners.get(exported.name)?.length === 1);
    const values = unique.filter((exported) => !exported.typeOnly).map((exported) => exported.name);
    const types = unique.filter((exported) => exported.typeOnly).map((exported) => exported.name);
    if (values.length > 0) statements.push(reExport(values, module.name, false));
    if (types.length > 0) statements.push(reExport(types, module.name, true));
  }
  const sources = [...new Set(modules.flatMap((module) => module.sources))];
  let notice = generatedNotice(sources);
  if (ambiguous.length > 0) {
    notice += `\n${wrap(`Not re-exported here because several modules export them (import them from a module): ${ambiguous.join(', ')}.`, 100)}`;
  }
  return { notice, forms: printForms(statements) };
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
function reExport(names: readonly string[], module: string, isTypeOnly: boolean): Statement {
  const text = `export ${isTypeOnly ? 'type ' : ''}{ ${names.join(', ')} } from "./${module}.js";`;
  return { ts: text, ...(isTypeOnly ? {} : { js: text }), dts: text };
}
