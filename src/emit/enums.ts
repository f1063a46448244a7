// EnumDef → the statements of its module: the enum in the configured style, its helpers
// (guard, value → name lookup) and its message catalog, each as TypeScript (a ts-morph
// structure or text) and as the JavaScript and declarations TypeScript makes of it.
// Pure: text in memory, printed once per module.
import { StructureKind, type JSDocStructure, type OptionalKind } from 'ts-morph';
import type { EnumStyle } from '../config.js';
import type { EnumDef, Member } from '../model/types.js';
import { catalogEntry, firstOfEachValue, type CatalogEntry } from './catalogs.js';
import { emittedLiteral, emittedStringLiteral, enumMemberKey, helperNames, literal, propertyKey, quote } from './names.js';
import { commentLines, indent, lines, type Statement } from './statement.js';
import { codeSpan, memberDoc, richDoc, safeHref, type DocComment } from './tsdoc.js';

/** A name a module exports; `typeOnly` names need `export type` when re-exported. */
export interface ExportedName {
  name: string;
  typeOnly: boolean;
}

export interface EnumStatements {
  statements: Statement[];
  exports: ExportedName[];
}

export function enumStatements(enumDef: EnumDef, style: EnumStyle, locales: readonly string[]): EnumStatements {
  const names = helperNames(enumDef.name);
  const unique = firstOfEachValue(enumDef.members);
  const valueType = enumDef.valueType;
  const entries = unique.map((member) => `[${literal(member.value)}, ${quote(member.name)}],`);
  const statements: Statement[] = [
    ...declaration(enumDef, style),
    typeAlias(
      names.name,
      `A member name of {@link ${enumDef.name}}.`,
      style === 'union' ? enumDef.members.map((member) => quote(member.name)).join(' | ') : `keyof typeof ${enumDef.name}`,
    ),
    {
      // Module-private: no declaration.
      ts: constText(false, undefined, `${names.namesMap}: ReadonlyMap<${valueType}, ${names.name}> = new Map<${valueType}, ${names.name}>([`, entries, ']);'),
      js: lines(`const ${names.namesMap} = new Map([`, indent(entries), ']);'),
    },
    fn(names.guard, `Whether \`value\` is a value of {@link ${enumDef.name}}.`, [{ name: 'value', type: 'unknown' }], `value is ${enumDef.name}`, {
      ts: `return ${names.namesMap}.has(value as ${valueType});`,
      js: `return ${names.namesMap}.has(value);`,
    }),
    fn(
      names.toEnum,
      `\`value\` typed as {@link ${enumDef.name}}, or undefined when it is not one of its values.`,
      [{ name: 'value', type: 'unknown' }],
      `${enumDef.name} | undefined`,
      same(`return ${names.guard}(value) ? value : undefined;`),
    ),
    fn(
      names.getName,
      `The member name of a value of {@link ${enumDef.name}} (the first name where values repeat), or undefined.`,
      [{ name: 'value', type: 'unknown' }],
      `${names.name} | undefined`,
      { ts: `return ${names.namesMap}.get(value as ${valueType});`, js: `return ${names.namesMap}.get(value);` },
    ),
    catalogStatement(enumDef, style, unique, locales),
    fn(
      names.getMessage,
      `The message of a value of {@link ${enumDef.name}} in \`options.locale\` (default ${locales[0] ?? ''}), or in its fallbacks.`,
      [
        { name: 'value', type: enumDef.name },
        { name: 'options', type: 'MessageOptions', initializer: '{}' },
      ],
      'Message',
      same(`return resolveMessage(${names.messages}, value, options.locale);`),
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
  return { statements, exports };
}

function enumDoc(enumDef: EnumDef): DocComment {
  let description = enumDef.description ? richDoc(enumDef.description) : `${enumDef.name} (from ${enumDef.source.path}).`;
  if (enumDef.originalName) description += `\n\nDocumented as ${codeSpan(enumDef.originalName)}.`;
  return { description, tags: [{ tagName: 'see', text: safeHref(enumDef.url) }] };
}

function declaration(enumDef: EnumDef, style: EnumStyle): Statement[] {
  const doc = enumDoc(enumDef);
  const comment = commentLines(doc);
  const memberComments = enumDef.members.map((member) => commentLines(memberDoc(member, enumDef)));
  const name = enumDef.name;
  switch (style) {
    case 'enum':
      return [
        {
          ts: {
            kind: StructureKind.Enum,
            isExported: true,
            name,
            docs: [jsDoc(doc)],
            members: enumDef.members.map((member) => ({
              name: enumMemberKey(member.name),
              // An initializer, not a value: ts-morph would quote a string value its own way.
              initializer: literal(member.value),
              docs: docsOf(memberDoc(member, enumDef)),
            })),
          },
          js: lines(
            comment,
            `export var ${name};`,
            `(function (${name}) {`,
            indent(enumDef.members.flatMap((member, index) => [...(memberComments[index] ?? []), enumAssignment(name, member)])),
            `})(${name} || (${name} = {}));`,
          ),
          dts: lines(
            comment,
            `export declare enum ${name} {`,
            indent(
              enumDef.members.flatMap((member, index) => [
                ...(memberComments[index] ?? []),
                `${enumMemberKey(member.name)} = ${emittedLiteral(member.value)}${index < enumDef.members.length - 1 ? ',' : ''}`,
              ]),
            ),
            '}',
          ),
        },
      ];
    case 'const-object': {
      const entries = enumDef.members.flatMap((member, index) => [...(memberComments[index] ?? []), `${propertyKey(member.name)}: ${literal(member.value)},`]);
      const types = enumDef.members.flatMap((member, index) => [...(memberComments[index] ?? []), `readonly ${propertyKey(member.name)}: ${literal(member.value)};`]);
      return [
        {
          ts: constText(true, doc, `${name} = {`, entries, '} as const;'),
          js: lines(comment, objectLines(`export const ${name} = `, entries, ';')),
          dts: lines(comment, objectLines(`export declare const ${name}: `, types, ';')),
        },
        typeAlias(name, doc, `(typeof ${name})[keyof typeof ${name}]`),
      ];
    }
    case 'union': {
      const values = enumDef.members.map((member) => literal(member.value));
      const ts = enumDef.members.flatMap((member, index) => [...(memberComments[index] ?? []).map((line) => `  ${line}`), `  | ${values[index]}`]);
      // TypeScript prints a union's declaration on one line, ` | ` between values, except that a
      // value with a comment starts a line after it, the comment at column 0.
      const dts = enumDef.members
        .map((member, index) => {
          const value = `${index === 0 ? '' : ' | '}${values[index]}`;
          const commentText = memberComments[index] ?? [];
          return commentText.length > 0 ? `\n${commentText.join('\n')}\n${value}` : value;
        })
        .join('');
      return [
        {
          ts: lines(comment, `export type ${name} =`, ts) + ';',
          dts: `${lines(comment, `export type ${name} = `)}${dts};`,
        },
      ];
    }
  }
}

/** One member in TypeScript's enum IIFE: numbers map both ways, strings one way. */
function enumAssignment(enumName: string, member: Member): string {
  const key = emittedStringLiteral(member.name);
  const value = emittedLiteral(member.value);
  return typeof member.value === 'number' ? `${enumName}[${enumName}[${key}] = ${value}] = ${key};` : `${enumName}[${key}] = ${value};`;
}

/** An object literal or type as TypeScript prints it: one line each, `{}` when empty. */
function objectLines(open: string, body: readonly string[], close: string): string[] {
  return body.length === 0 ? [`${open}{}${close}`] : [`${open}{`, ...indent(body), `}${close}`];
}

/**
 * An exported type alias: no JavaScript, the same declaration. Written as text (as ts-morph
 * prints it): with five helpers per enum, building ts-morph structures for them cost more
 * than half the emit time on the real set.
 */
function typeAlias(name: string, doc: DocComment | string, type: string): Statement {
  const text = lines(commentLines(doc), `export type ${name} = ${type};`);
  return { ts: text, dts: text };
}

/** ts-morph prints a blank line between description and tags only when the description ends with one. */
function jsDoc(doc: DocComment): OptionalKind<JSDocStructure> {
  // The blank line between the description and the tags, as commentLines writes it.
  return { description: doc.description && doc.tags.length > 0 ? `${doc.description}\n` : doc.description, tags: doc.tags };
}

function docsOf(doc: DocComment | undefined): OptionalKind<JSDocStructure>[] {
  return doc ? [jsDoc(doc)] : [];
}

/**
 * `const name = open … close;` with one line an entry, as text: ts-morph hang-indents
 * variable initializers, which would push the closing bracket off column 0.
 */
function constText(exported: boolean, doc: DocComment | string | undefined, open: string, entries: readonly string[], close: string): string {
  return lines(commentLines(doc), `${exported ? 'export ' : ''}const ${open}`, entries.map((line) => `  ${line}`), close);
}

function catalogKey(enumDef: EnumDef, member: Member, style: EnumStyle): string {
  return style === 'union' ? propertyKey(member.value) : `[${enumDef.name}.${member.name}]`;
}

function entryLiteral(entry: CatalogEntry): string {
  const message = quote(entry.message);
  return entry.solution === undefined ? `{ message: ${message} }` : `{ message: ${message}, solution: ${quote(entry.solution)} }`;
}

/** The catalogs per locale, typed complete in the docs' locale and partial in the others. */
function catalogStatement(enumDef: EnumDef, style: EnumStyle, members: readonly Member[], locales: readonly string[]): Statement {
  const names = helperNames(enumDef.name);
  const doc = `Messages of {@link ${enumDef.name}} per locale (${locales.join(', ')}), by value.`;
  const types = locales.map((locale, index) => `readonly ${quote(locale)}: Readonly<${index === 0 ? 'Record' : 'Partial<Record'}<${enumDef.name}, Message>${index === 0 ? '' : '>'}>;`);
  const catalogs = locales.map((locale) => {
    const entries = members.flatMap((member) => {
      const entry = catalogEntry(member, locale, locales);
      return entry ? [`${catalogKey(enumDef, member, style)}: ${entryLiteral(entry)},`] : [];
    });
    return { locale, entries };
  });
  const ts = catalogs.flatMap(({ locale, entries }) => [`${quote(locale)}: {`, ...entries.map((entry) => `  ${entry}`), '},']);
  return {
    ts: constText(true, doc, `${names.messages}: {\n${types.map((type) => `  ${type}`).join('\n')}\n} = {`, ts, '};'),
    js: lines(commentLines(doc), objectLines(`export const ${names.messages} = `, catalogs.flatMap(({ locale, entries }) => objectLines(`${quote(locale)}: `, entries, ',')), ';')),
    dts: lines(commentLines(doc), objectLines(`export declare const ${names.messages}: `, types, ';')),
  };
}

interface Parameter {
  name: string;
  type: string;
  /** A default value: optional in the declaration. */
  initializer?: string;
}

/** A one-statement body as TypeScript and as JavaScript (types erased). */
interface Body {
  ts: string;
  js: string;
}

function same(text: string): Body {
  return { ts: text, js: text };
}

/** An exported one-statement function, written as text like the type aliases. */
function fn(name: string, doc: string, parameters: readonly Parameter[], returnType: string, body: Body): Statement {
  const comment = commentLines(doc);
  const tsParameters = parameters.map((parameter) => `${parameter.name}: ${parameter.type}${parameter.initializer === undefined ? '' : ` = ${parameter.initializer}`}`);
  const jsParameters = parameters.map((parameter) => (parameter.initializer === undefined ? parameter.name : `${parameter.name} = ${parameter.initializer}`));
  const dtsParameters = parameters.map((parameter) => `${parameter.name}${parameter.initializer === undefined ? '' : '?'}: ${parameter.type}`);
  return {
    ts: lines(comment, `export function ${name}(${tsParameters.join(', ')}): ${returnType} {`, `  ${body.ts}`, '}'),
    js: lines(comment, `export function ${name}(${jsParameters.join(', ')}) {`, indent([body.js]), '}'),
    dts: lines(comment, `export declare function ${name}(${dtsParameters.join(', ')}): ${returnType};`),
  };
}
