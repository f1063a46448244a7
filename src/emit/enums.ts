// EnumDef → the declarations of its module: the enum in the configured style, its helpers
// (guard, value → name lookup) and its message catalog, each described once (print.ts
// prints the TypeScript, JavaScript and declarations). Pure: descriptions in memory.
import type { EnumStyle } from '../config.js';
import type { EnumDef, Member } from '../model/types.js';
import { catalogEntry, firstOfEachValue, type CatalogEntry } from './catalogs.js';
import { asType, type Declaration, type Parameter, type TypeAssertion } from './declaration.js';
import { helperNames, literal, propertyKey, quote } from './names.js';
import { codeSpan, memberDoc, richDoc, safeHref, type DocComment } from './tsdoc.js';

/** A name a module exports; `typeOnly` names need `export type` when re-exported. */
export interface ExportedName {
  name: string;
  typeOnly: boolean;
}

export interface EnumDeclarations {
  declarations: Declaration[];
  exports: ExportedName[];
}

/** Up to this many entries, the names map's literal is typed entry by entry (see MapValue's `widened`). */
const MAP_LITERAL_MAX = 500;

export function enumDeclarations(enumDef: EnumDef, style: EnumStyle, locales: readonly string[]): EnumDeclarations {
  const names = helperNames(enumDef.name);
  const unique = firstOfEachValue(enumDef.members);
  const valueType = enumDef.valueType;
  const value: Parameter[] = [{ name: 'value', type: 'unknown' }];
  const declarations: Declaration[] = [
    ...declaration(enumDef, style),
    {
      kind: 'type',
      name: names.name,
      doc: `A member name of {@link ${enumDef.name}}.`,
      type: style === 'union' ? enumDef.members.map((member) => quote(member.name)).join(' | ') : `keyof typeof ${enumDef.name}`,
    },
    {
      // Module-private: no declaration.
      kind: 'const',
      name: names.namesMap,
      exported: false,
      type: `ReadonlyMap<${valueType}, ${names.name}>`,
      value: {
        typeArguments: `${valueType}, ${names.name}`,
        entries: unique.map((member) => `[${literal(member.value)}, ${quote(member.name)}],`),
        ...(unique.length > MAP_LITERAL_MAX ? { widened: `${valueType}, string` } : {}),
      },
    },
    fn(names.guard, `Whether \`value\` is a value of {@link ${enumDef.name}}.`, value, `value is ${enumDef.name}`, ['return ', `${names.namesMap}.has(`, asType('value', valueType), ');']),
    fn(names.toEnum, `\`value\` typed as {@link ${enumDef.name}}, or undefined when it is not one of its values.`, value, `${enumDef.name} | undefined`, [
      `return ${names.guard}(value) ? value : undefined;`,
    ]),
    fn(names.getName, `The member name of a value of {@link ${enumDef.name}} (the first name where values repeat), or undefined.`, value, `${names.name} | undefined`, [
      `return ${names.namesMap}.get(`,
      asType('value', valueType),
      ');',
    ]),
    catalogDeclaration(enumDef, style, unique, locales),
    fn(
      names.getMessage,
      `The message of a value of {@link ${enumDef.name}} in \`options.locale\` (default ${locales[0] ?? ''}), or in its fallbacks.`,
      [
        { name: 'value', type: enumDef.name },
        { name: 'options', type: 'MessageOptions', initializer: '{}' },
      ],
      'Message',
      [`return resolveMessage(${names.messages}, value, options.locale);`],
    ),
  ];
  const exports: ExportedName[] = [
    { name: enumDef.name, typeOnly: style === 'union' },
    { name: names.name, typeOnly: true },
    { name: names.guard, typeOnly: false },
    { name: names.toEnum, typeOnly: false },
    { name: names.getName, typeOnly: false },
    { name: names.messages, typeOnly: false },
    { name: names.getMessage, typeOnly: false },
  ];
  return { declarations, exports };
}

function enumDoc(enumDef: EnumDef): DocComment {
  let description = enumDef.description ? richDoc(enumDef.description) : `${enumDef.name} (from ${enumDef.source.path}).`;
  if (enumDef.originalName) description += `\n\nDocumented as ${codeSpan(enumDef.originalName)}.`;
  // No page, no @see: without docsBaseUrl there is no address to give.
  return { description, tags: enumDef.url === undefined ? [] : [{ tagName: 'see', text: safeHref(enumDef.url) }] };
}

/** The enum itself: an enum, an object `as const` with its type, or a union of its values. */
function declaration(enumDef: EnumDef, style: EnumStyle): Declaration[] {
  const doc = enumDoc(enumDef);
  const name = enumDef.name;
  const members = enumDef.members.map((member) => ({ member, doc: memberDoc(member, enumDef) }));
  switch (style) {
    case 'enum':
      return [{ kind: 'enum', name, doc, members: members.map(({ member, doc }) => ({ name: member.name, value: member.value, doc })) }];
    case 'const-object':
      return [
        { kind: 'const', name, doc, exported: true, asConst: true, value: { properties: members.map(({ member, doc }) => ({ key: propertyKey(member.name), value: literal(member.value), doc })) } },
        { kind: 'type', name, doc, type: `(typeof ${name})[keyof typeof ${name}]` },
      ];
    case 'union':
      return [{ kind: 'union', name, doc, members: members.map(({ member, doc }) => ({ value: literal(member.value), doc })) }];
  }
}

/** A catalog's key for a member: its value as a literal (`0`, `"code"`), never `[Enum.Member]`: a bundler keeps an object whose keys read another binding. */
function catalogKey(member: Member): string {
  return propertyKey(member.value);
}

function entryLiteral(entry: CatalogEntry): string {
  const parts = [`message: ${quote(entry.message)}`];
  if (entry.solution !== undefined) parts.push(`solution: ${quote(entry.solution)}`);
  if (entry.attributes) parts.push(`attributes: { ${Object.entries(entry.attributes).map(([header, text]) => `${propertyKey(header)}: ${quote(text)}`).join(', ')} }`);
  return `{ ${parts.join(', ')} }`;
}

/** The catalogs per locale, typed complete in the docs' locale and partial in the others. */
function catalogDeclaration(enumDef: EnumDef, style: EnumStyle, members: readonly Member[], locales: readonly string[]): Declaration {
  const types = locales.map((locale, index) => `readonly ${quote(locale)}: Readonly<${index === 0 ? 'Record' : 'Partial<Record'}<${enumDef.name}, Message>${index === 0 ? '' : '>'}>;`);
  const catalogs = locales.map((locale) => ({
    key: quote(locale),
    value: {
      properties: members.flatMap((member) => {
        const entry = catalogEntry(member, locale, locales);
        return entry ? [{ key: catalogKey(member), value: entryLiteral(entry) }] : [];
      }),
    },
  }));
  const doc = `Messages of {@link ${enumDef.name}} per locale (${locales.join(', ')}), by value.`;
  return { kind: 'const', name: helperNames(enumDef.name).messages, doc, exported: true, type: { members: types }, value: { properties: catalogs } };
}

/** An exported function of one statement (`body`: its parts, type assertions erased in JavaScript). */
function fn(name: string, doc: string, parameters: Parameter[], returnType: string, body: (string | TypeAssertion)[]): Declaration {
  return { kind: 'function', name, doc, parameters, returnType, body: [body] };
}
