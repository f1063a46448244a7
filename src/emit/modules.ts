// Groups enums into modules and prints each module's TypeScript source, plus the
// shared Message type and the root index that re-exports unambiguous names.
import { printStructure, StructureKind } from 'ts-morph';
import type { EnumStyle } from '../config.js';
import type { EnumDef, Model } from '../model/types.js';
import { compareText } from '../util/order.js';
import { enumStatements, type ExportedName, type Statement } from './enums.js';
import { CATALOG_TYPE_NAME } from '../model/naming.js';
import { generatedNotice } from './header.js';
import { quote } from './names.js';

export interface ModuleSource {
  /** Module name: the file is src/<name>.ts, the subpath export ./<name>. */
  name: string;
  /** Source docs, in model order. */
  sources: string[];
  enums: EnumDef[];
  source: GeneratedSource;
  exports: ExportedName[];
}

/** A generated TypeScript file: its "do not edit" notice and its code, kept apart so JS and .d.ts carry the same notice. */
export interface GeneratedSource {
  notice: string;
  body: string;
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

const PRINT_OPTIONS = { indentNumberOfSpaces: 2 } as const;

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
  const statements: Statement[] = [
    {
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      namedImports: [CATALOG_TYPE_NAME, 'MessageOptions'],
      moduleSpecifier: `./${MESSAGE_MODULE}.js`,
    },
    {
      kind: StructureKind.ImportDeclaration,
      namedImports: ['resolveMessage'],
      moduleSpecifier: `./${MESSAGE_MODULE}.js`,
    },
    ...parts.flatMap((part) => part.statements),
  ];
  const source = { notice: generatedNotice(sources), body: print(statements) };
  return { name, sources, enums, source, exports: parts.flatMap((part) => part.exports) };
}

/** The shared module: the Message type, the locales and the fallback lookup every accessor uses. */
export function messageModuleSource(locales: readonly string[], fallback: Readonly<Record<string, readonly string[]>>): GeneratedSource {
  const localeType = locales.map(quote).join(' | ');
  const fallbacks = locales.map((locale) => `  ${quote(locale)}: [${(fallback[locale] ?? []).map(quote).join(', ')}],`);
  const body = print([
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: CATALOG_TYPE_NAME,
      docs: ['A localized message of a code or enum value: what it means and, where the docs say, what to do.'],
      properties: [
        { name: 'message', type: 'string', isReadonly: true, docs: ['What the value means.'] },
        { name: 'solution', type: 'string', isReadonly: true, hasQuestionToken: true, docs: ['How to handle it, where the docs say.'] },
      ],
    },
    `/** The locales of the catalogs; the first is the docs' own, which has every message. */\nexport type Locale = ${localeType};`,
    `export const LOCALES: readonly Locale[] = [${locales.map(quote).join(', ')}];`,
    `export const DEFAULT_LOCALE: Locale = ${quote(locales[0] ?? '')};`,
    `/** Where a locale looks for a message it lacks, in order (the default locale last). */\nexport const FALLBACKS: Readonly<Record<Locale, readonly Locale[]>> = {\n${fallbacks.join('\n')}\n};`,
    `export interface MessageOptions {\n  /** Default: DEFAULT_LOCALE. */\n  readonly locale?: Locale;\n}`,
    `/** An enum's messages per locale, by value: complete in the default locale, partial in others. */\nexport type Catalogs<K extends PropertyKey> = { readonly [L in Locale]: Readonly<Partial<Record<K, ${CATALOG_TYPE_NAME}>>> };`,
    [
      '/** The message of `key` in `locale`, else in its fallbacks, else in the default locale. */',
      `export function resolveMessage<K extends PropertyKey>(catalogs: Catalogs<K>, key: K, locale: Locale = DEFAULT_LOCALE): ${CATALOG_TYPE_NAME} {`,
      '  for (const candidate of [locale, ...(FALLBACKS[locale] ?? []), DEFAULT_LOCALE]) {',
      '    const catalog = catalogs[candidate];',
      '    // Own entries only: a key such as "__proto__" must never find Object.prototype.',
      '    if (catalog !== undefined && Object.hasOwn(catalog, key)) {',
      '      const found = catalog[key];',
      '      if (found !== undefined) return found;',
      '    }',
      '  }',
      '  return { message: String(key) };',
      '}',
    ].join('\n'),
  ]);
  return { notice: generatedNotice([]).replace('from no docs', 'for every module'), body };
}

/** The root index: names exported by exactly one module; the others are listed in a comment. */
export function indexModuleSource(modules: readonly ModuleSource[]): GeneratedSource {
  const owners = new Map<string, ModuleSource[]>();
  for (const module of modules) {
    for (const exported of module.exports) owners.set(exported.name, [...(owners.get(exported.name) ?? []), module]);
  }
  const ambiguous = [...owners].filter(([, list]) => list.length > 1).map(([name]) => name).sort(compareText);
  const statements: Statement[] = [
    {
      kind: StructureKind.ExportDeclaration,
      isTypeOnly: true,
      namedExports: [CATALOG_TYPE_NAME, 'Catalogs', 'Locale', 'MessageOptions'],
      moduleSpecifier: `./${MESSAGE_MODULE}.js`,
    },
    {
      kind: StructureKind.ExportDeclaration,
      namedExports: ['DEFAULT_LOCALE', 'FALLBACKS', 'LOCALES', 'resolveMessage'],
      moduleSpecifier: `./${MESSAGE_MODULE}.js`,
    },
  ];
  for (const module of modules) {
    const unique = module.exports.filter((exported) => owners.get(exported.name)?.length === 1);
    const values = unique.filter((exported) => !exported.typeOnly).map((exported) => exported.name);
    const types = unique.filter((exported) => exported.typeOnly).map((exported) => exported.name);
    const specifier = `./${module.name}.js`;
    if (values.length > 0) statements.push({ kind: StructureKind.ExportDeclaration, namedExports: values, moduleSpecifier: specifier });
    if (types.length > 0) statements.push({ kind: StructureKind.ExportDeclaration, isTypeOnly: true, namedExports: types, moduleSpecifier: specifier });
  }
  const sources = [...new Set(modules.flatMap((module) => module.sources))];
  let notice = generatedNotice(sources);
  if (ambiguous.length > 0) {
    notice += `\n${wrap(`Not re-exported here because several modules export them (import them from a module): ${ambiguous.join(', ')}.`, 100)}`;
  }
  return { notice, body: print(statements) };
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

/** Statements one by one, a blank line between each (ts-morph leaves none around one-line statements). */
function print(statements: readonly Statement[]): string {
  return statements
    .map((statement) => (typeof statement === 'string' ? statement : printStructure(statement, PRINT_OPTIONS)).trim())
    .join('\n\n');
}
