// EnumDef → ts-morph statement structures: the enum in the configured style, its
// helpers (guard, value → name lookup) and its message catalog. Pure: structures in
// memory, printed once per module.
import {
  StructureKind,
  VariableDeclarationKind,
  type FunctionDeclarationStructure,
  type JSDocStructure,
  type OptionalKind,
  type StatementStructures,
} from 'ts-morph';
import type { EnumStyle } from '../config.js';
import type { EnumDef, Member } from '../model/types.js';
import { catalogEntry, firstOfEachValue, type CatalogEntry } from './catalogs.js';
import { helperNames, literal, propertyKey, quote } from './names.js';
import { codeSpan, memberDoc, richDoc, safeHref, type DocComment } from './tsdoc.js';

/** A name a module exports; `typeOnly` names need `export type` when re-exported. */
export interface ExportedName {
  name: string;
  typeOnly: boolean;
}

/** A statement as ts-morph prints it: a structure, or text written as it is. */
export type Statement = string | StatementStructures;

export interface EnumStatements {
  statements: Statement[];
  exports: ExportedName[];
}

export function enumStatements(enumDef: EnumDef, style: EnumStyle, locales: readonly string[]): EnumStatements {
  const names = helperNames(enumDef.name);
  const unique = firstOfEachValue(enumDef.members);
  const valueType = enumDef.valueType;
  const statements: Statement[] = [
    ...declaration(enumDef, style),
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: names.name,
      docs: [`A member name of {@link ${enumDef.name}}.`],
      type: style === 'union' ? enumDef.members.map((member) => quote(member.name)).join(' | ') : `keyof typeof ${enumDef.name}`,
    },
    constStatement(
      false,
      undefined,
      `${names.namesMap}: ReadonlyMap<${valueType}, ${names.name}> = new Map<${valueType}, ${names.name}>([`,
      unique.map((member) => `[${literal(member.value)}, ${quote(member.name)}],`),
      ']);',
    ),
    fn(names.guard, `Whether \`value\` is a value of {@link ${enumDef.name}}.`, [['value', 'unknown']], `value is ${enumDef.name}`, [
      `return ${names.namesMap}.has(value as ${valueType});`,
    ]),
    fn(names.toEnum, `\`value\` typed as {@link ${enumDef.name}}, or undefined when it is not one of its values.`, [['value', 'unknown']], `${enumDef.name} | undefined`, [
      `return ${names.guard}(value) ? value : undefined;`,
    ]),
    fn(
      names.getName,
      `The member name of a value of {@link ${enumDef.name}} (the first name where values repeat), or undefined.`,
      [['value', 'unknown']],
      `${names.name} | undefined`,
      [`return ${names.namesMap}.get(value as ${valueType});`],
    ),
    catalogStatement(enumDef, style, unique, locales),
    fn(
      names.getMessage,
      `The message of a value of {@link ${enumDef.name}} in \`options.locale\` (default ${locales[0] ?? ''}), or in its fallbacks.`,
      [
        ['value', enumDef.name],
        ['options', 'MessageOptions = {}'],
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
  return { statements, exports };
}

function enumDoc(enumDef: EnumDef): DocComment {
  let description = enumDef.description ? richDoc(enumDef.description) : `${enumDef.name} (from ${enumDef.source.path}).`;
  if (enumDef.originalName) description += `\n\nDocumented as ${codeSpan(enumDef.originalName)}.`;
  return { description, tags: [{ tagName: 'see', text: safeHref(enumDef.url) }] };
}

function declaration(enumDef: EnumDef, style: EnumStyle): Statement[] {
  const docs = [jsDoc(enumDoc(enumDef))];
  switch (style) {
    case 'enum':
      return [
        {
          kind: StructureKind.Enum,
          isExported: true,
          name: enumDef.name,
          docs,
          members: enumDef.members.map((member) => ({
            name: propertyKey(member.name),
            value: member.value,
            docs: [jsDoc(memberDoc(member, enumDef.url))],
          })),
        },
      ];
    case 'const-object': {
      const entries = enumDef.members.flatMap((member) => [
        ...docCommentLines(memberDoc(member, enumDef.url)),
        `${propertyKey(member.name)}: ${literal(member.value)},`,
      ]);
      return [
        constStatement(true, enumDoc(enumDef), `${enumDef.name} = {`, entries, '} as const;'),
        {
          kind: StructureKind.TypeAlias,
          isExported: true,
          name: enumDef.name,
          docs,
          type: `(typeof ${enumDef.name})[keyof typeof ${enumDef.name}]`,
        },
      ];
    }
    case 'union': {
      const lines = enumDef.members.flatMap((member) => [
        ...docCommentLines(memberDoc(member, enumDef.url)).map((line) => `  ${line}`),
        `  | ${literal(member.value)}`,
      ]);
      return [[...docCommentLines(enumDoc(enumDef)), `export type ${enumDef.name} =`, ...lines].join('\n') + ';'];
    }
  }
}

/** ts-morph prints a blank line between description and tags only when the description ends with one. */
function jsDoc(doc: DocComment): OptionalKind<JSDocStructure> {
  return { description: doc.description ? `${doc.description}\n` : '', tags: doc.tags };
}

/** A doc comment as lines of text, for statements written as text. */
function docCommentLines(doc: DocComment): string[] {
  const body = [...(doc.description ? [...doc.description.split('\n'), ''] : []), ...doc.tags.map((tag) => `@${tag.tagName} ${tag.text}`)];
  return ['/**', ...body.map((line) => (line === '' ? ' *' : ` * ${line}`)), ' */'];
}

/**
 * `const name = open … close;` with one line an entry, as text: ts-morph hang-indents
 * variable initializers, which would push the closing bracket off column 0.
 */
function constStatement(exported: boolean, doc: DocComment | string | undefined, open: string, lines: readonly string[], close: string): string {
  const comment = doc === undefined ? [] : typeof doc === 'string' ? [`/** ${doc} */`] : docCommentLines(doc);
  return [
    ...comment,
    `${exported ? 'export ' : ''}const ${open}`,
    ...lines.map((line) => `  ${line}`),
    close,
  ].join('\n');
}

function catalogKey(enumDef: EnumDef, member: Member, style: EnumStyle): string {
  return style === 'union' ? propertyKey(member.value) : `[${enumDef.name}.${member.name}]`;
}

function entryLiteral(entry: CatalogEntry): string {
  const message = quote(entry.message);
  return entry.solution === undefined ? `{ message: ${message} }` : `{ message: ${message}, solution: ${quote(entry.solution)} }`;
}

/** The catalogs per locale, typed complete in the docs' locale and partial in the others. */
function catalogStatement(enumDef: EnumDef, style: EnumStyle, members: readonly Member[], locales: readonly string[]): string {
  const names = helperNames(enumDef.name);
  const type = locales.map((locale, index) => `  readonly ${quote(locale)}: Readonly<${index === 0 ? 'Record' : 'Partial<Record'}<${enumDef.name}, Message>${index === 0 ? '' : '>'}>;`);
  const lines: string[] = [];
  for (const locale of locales) {
    lines.push(`${quote(locale)}: {`);
    for (const member of members) {
      const entry = catalogEntry(member, locale, locales);
      if (entry) lines.push(`  ${catalogKey(enumDef, member, style)}: ${entryLiteral(entry)},`);
    }
    lines.push('},');
  }
  return constStatement(
    true,
    `Messages of {@link ${enumDef.name}} per locale (${locales.join(', ')}), by value.`,
    `${names.messages}: {\n${type.join('\n')}\n} = {`,
    lines,
    '};',
  );
}

function fn(
  name: string,
  doc: string,
  parameters: [string, string][],
  returnType: string,
  statements: string[],
): FunctionDeclarationStructure {
  return {
    kind: StructureKind.Function,
    isExported: true,
    name,
    docs: [doc],
    parameters: parameters.map(([parameterName, type]) => ({ name: parameterName, type })),
    returnType,
    statements,
  };
}
