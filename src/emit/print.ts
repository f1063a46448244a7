// Declarations (declaration.ts) printed in the three forms the package ships: the
// TypeScript source, and the JavaScript and declarations that TypeScript's transpileModule /
// transpileDeclaration make of it. Each kind's three forms are written side by side, so
// they are read and changed together; the generator knows every shape it writes, so no
// compiler runs on the hot path. test/emit-forms.test.ts proves each form equals
// TypeScript's own output.
import type { Code, ConstDeclaration, Declaration, Doc, EnumDeclaration, FunctionDeclaration, ImportDeclaration, InterfaceDeclaration, Property, TypeAliasDeclaration, UnionDeclaration, Value } from './declaration.js';
import { printEnumSource } from './enum-source.js';
import { emittedLiteral, emittedStringLiteral, enumMemberKey } from './names.js';
import type { DocComment } from './tsdoc.js';

/** One declaration's texts; undefined: none in that form (a type has no JavaScript). */
interface Forms {
  ts: string;
  js?: string;
  dts?: string;
}

/** The three texts of a module, without the notice. */
export interface ModuleForms {
  ts: string;
  js: string;
  dts: string;
}

/**
 * Declarations one by one: the source with a blank line between each (ts-morph leaves none
 * around one-line statements), JavaScript and declarations with none, as TypeScript emits them.
 */
export function printForms(declarations: readonly Declaration[]): ModuleForms {
  const forms = declarations.map(printDeclaration);
  const present = (texts: (string | undefined)[]): string[] => texts.filter((text): text is string => text !== undefined);
  return { ts: forms.map((form) => form.ts.trim()).join('\n\n'), js: present(forms.map((form) => form.js)).join('\n'), dts: present(forms.map((form) => form.dts)).join('\n') };
}

/** Each kind's printer (a dispatch list, as the recognizers are). */
const PRINTERS: { [Kind in Declaration['kind']]: (declaration: Extract<Declaration, { kind: Kind }>) => Forms } = {
  import: printImport,
  type: printTypeAlias,
  union: printUnion,
  interface: printInterface,
  const: printConst,
  function: printFunction,
  enum: printEnum,
};

function printDeclaration(declaration: Declaration): Forms {
  return (PRINTERS[declaration.kind] as (declaration: Declaration) => Forms)(declaration);
}

function printImport({ names, from, typeOnly, reExport = false }: ImportDeclaration): Forms {
  const text = `${reExport ? 'export' : 'import'} ${typeOnly ? 'type ' : ''}{ ${names.join(', ')} } from "./${from}.js";`;
  // A value import has no declaration: the declarations import only types.
  return { ts: text, ...(typeOnly ? {} : { js: text }), ...(typeOnly || reExport ? { dts: text } : {}) };
}

function printTypeAlias({ name, doc, typeParameters, type }: TypeAliasDeclaration): Forms {
  const head = `export type ${name}${typeParameters === undefined ? '' : `<${typeParameters}>`} = `;
  if (typeof type === 'string') {
    const text = lines(commentLines(doc), `${head}${type};`);
    return { ts: text, dts: text };
  }
  // TypeScript prints a mapped type over several lines.
  return {
    ts: lines(commentLines(doc), `${head}{ readonly [${type.key}]: ${type.type} };`),
    dts: lines(commentLines(doc), `${head}{`, indent([`readonly [${type.key}]: ${type.type};`]), '};'),
  };
}

function printUnion({ name, doc, members }: UnionDeclaration): Forms {
  const ts = members.flatMap((member) => [...commentLines(member.doc).map((line) => `  ${line}`), `  | ${member.value}`]);
  // TypeScript prints a union's declaration on one line, ` | ` between values, except that a
  // value with a comment starts a line after it, the comment at column 0.
  const dts = members
    .map((member, index) => {
      const value = `${index === 0 ? '' : ' | '}${member.value}`;
      const comment = commentLines(member.doc);
      return comment.length > 0 ? `\n${comment.join('\n')}\n${value}` : value;
    })
    .join('');
  return { ts: `${lines(commentLines(doc), `export type ${name} =`, ts)};`, dts: `${lines(commentLines(doc), `export type ${name} = `)}${dts};` };
}

function printInterface({ name, doc, properties }: InterfaceDeclaration): Forms {
  const body = properties.flatMap((property) => [...commentLines(property.doc), `readonly ${property.name}${property.optional ? '?' : ''}: ${property.type};`]);
  const print = (pad: (lines: readonly string[]) => string[]): string => lines(commentLines(doc), `export interface ${name} {`, pad(body), '}');
  return { ts: print(twoSpaces), dts: print(indent) };
}

function printConst({ name, doc, exported, type, value, asConst = false }: ConstDeclaration): Forms {
  const comment = commentLines(doc);
  const annotation = type === undefined ? [] : typeof type === 'string' ? [type] : ['{', ...twoSpaces(type.members), '}'];
  const tsHead = annotation.length === 0 ? [`const ${name} = `] : joined([`const ${name}: `], annotation, [' = ']);
  const ts = lines(comment, joined(tsHead.map((line, index) => (index === 0 && exported ? `export ${line}` : line)), tsValue(value), [asConst ? ' as const;' : ';']));
  const js = lines(comment, joined([`${exported ? 'export ' : ''}const ${name} = `], jsValue(value), [';']));
  if (!exported) return { ts, js };
  const declared = asConst ? constType(value) : typeof type === 'object' ? objectLines(type.members) : [declaredType(name, type)];
  return { ts, js, dts: lines(comment, joined([`export declare const ${name}: `], declared, [';'])) };
}

/** An exported constant's declaration needs its type (isolatedDeclarations infers none). */
function declaredType(name: string, type: string | undefined): string {
  if (type === undefined) throw new Error(`The exported constant ${name} needs a type or \`as const\``);
  return type;
}

/** The type TypeScript declares for an `as const` object: its properties readonly, their literal types. */
function constType(value: Value): string[] {
  if (typeof value !== 'object' || !('properties' in value)) throw new Error('`as const` is written only on object literals');
  return objectLines(value.properties.flatMap((property) => [...commentLines(property.doc), `readonly ${property.key}: ${String(property.value)};`]));
}

/** An expression in the source: objects and Maps a property or entry a line, two spaces in. */
function tsValue(value: Value): string[] {
  if (typeof value === 'string') return [value];
  if ('entries' in value) {
    const close = value.widened === undefined ? '])' : `] as [${value.widened}][] as [${value.typeArguments}][])`;
    // Pure: a bundler drops the map with the helpers of an enum the app does not import.
    return [`/* @__PURE__ */ new Map<${value.typeArguments}>([`, ...twoSpaces(value.entries), close];
  }
  return ['{', ...twoSpaces(value.properties.flatMap((property) => propertyLines(property, tsValue(property.value)))), '}'];
}

/** An expression as TypeScript emits it: four spaces in, an empty object `{}`, no type arguments. */
function jsValue(value: Value): string[] {
  if (typeof value === 'string') return [value];
  if ('entries' in value) return ['/* @__PURE__ */ new Map([', ...indent(value.entries), '])'];
  return objectLines(value.properties.flatMap((property) => propertyLines(property, jsValue(property.value))));
}

/** `key: value,` after the property's comment; a value of several lines keeps its lines. */
function propertyLines(property: Property, value: readonly string[]): string[] {
  const comment = commentLines(property.doc);
  const first = `${property.key}: ${value[0] ?? ''}`;
  const body = value.length <= 1 ? [`${first},`] : [first, ...value.slice(1, -1), `${value.at(-1) ?? ''},`];
  return comment.length === 0 ? body : [...comment, ...body];
}

function printFunction({ name, doc, typeParameters, parameters, returnType, body }: FunctionDeclaration): Forms {
  const comment = commentLines(doc);
  const generic = typeParameters === undefined ? '' : `<${typeParameters}>`;
  const tsParameters = parameters.map((parameter) => `${parameter.name}: ${parameter.type}${parameter.initializer === undefined ? '' : ` = ${parameter.initializer}`}`);
  const jsParameters = parameters.map((parameter) => (parameter.initializer === undefined ? parameter.name : `${parameter.name} = ${parameter.initializer}`));
  const dtsParameters = parameters.map((parameter) => `${parameter.name}${parameter.initializer === undefined ? '' : '?'}: ${parameter.type}`);
  return {
    ts: lines(comment, `export function ${name}${generic}(${tsParameters.join(', ')}): ${returnType} {`, twoSpaces(body.map(tsCode)), '}'),
    js: lines(comment, `export function ${name}(${jsParameters.join(', ')}) {`, indent(body.flatMap(jsCode)), '}'),
    dts: lines(comment, `export declare function ${name}${generic}(${dtsParameters.join(', ')}): ${returnType};`),
  };
}

function tsCode(code: Code): string {
  if (typeof code === 'string') return code;
  if ('if' in code) return `${'  '.repeat(code.depth)}if (${code.if}) ${code.then}`;
  return code.map((part) => (typeof part === 'string' ? part : `${part.expression} as ${part.as}`)).join('');
}

/** A body line as TypeScript emits it: four spaces a level, types erased, a braceless `if`'s statement on a line of its own. */
function jsCode(code: Code): string[] {
  if (typeof code === 'string') return [fourSpaces(code)];
  if ('if' in code) return [`${'    '.repeat(code.depth)}if (${code.if})`, `${'    '.repeat(code.depth + 1)}${code.then}`];
  return [code.map((part) => (typeof part === 'string' ? part : part.expression)).join('')];
}

function printEnum({ name, doc, members }: EnumDeclaration): Forms {
  const comment = commentLines(doc);
  const commented = (member: EnumDeclaration['members'][number], line: string): string[] => [...commentLines(member.doc), line];
  const last = members.length - 1;
  return {
    ts: printEnumSource(name, doc, members),
    // TypeScript's IIFE, written as a pure call (as esbuild writes enums): a bundler drops an
    // enum the app does not import, where TypeScript's statement form keeps every enum alive.
    js: lines(
      comment,
      `export var ${name} = /* @__PURE__ */ ((${name}) => {`,
      indent([...members.flatMap((member) => commented(member, enumAssignment(name, member))), `return ${name};`]),
      `})(${name} || {});`,
    ),
    dts: lines(
      comment,
      `export declare enum ${name} {`,
      indent(members.flatMap((member, index) => commented(member, `${enumMemberKey(member.name)} = ${emittedLiteral(member.value)}${index < last ? ',' : ''}`))),
      '}',
    ),
  };
}

/** One member in TypeScript's enum IIFE: numbers map both ways, strings one way. */
function enumAssignment(enumName: string, member: { name: string; value: number | string }): string {
  const key = emittedStringLiteral(member.name);
  const value = emittedLiteral(member.value);
  return typeof member.value === 'number' ? `${enumName}[${enumName}[${key}] = ${value}] = ${key};` : `${enumName}[${key}] = ${value};`;
}

/** `before`'s last line, `middle`'s first and `after`'s first run on as one line. */
function joined(before: readonly string[], middle: readonly string[], after: readonly string[]): string[] {
  const all = [before, middle, after];
  const result: string[] = [];
  for (const part of all) {
    if (result.length === 0) result.push(...part);
    else result.push(`${result.pop() ?? ''}${part[0] ?? ''}`, ...part.slice(1));
  }
  return result;
}

/** An object literal or type as TypeScript prints it: a member a line, four spaces in, `{}` when empty. */
function objectLines(members: readonly string[]): string[] {
  return members.length === 0 ? ['{}'] : ['{', ...indent(members), '}'];
}

/** TypeScript's emitter indents by four spaces. */
function indent(lines: readonly string[]): string[] {
  return lines.map((line) => (line === '' ? line : `    ${line}`));
}

/** The source is indented by two. */
function twoSpaces(lines: readonly string[]): string[] {
  return lines.map((line) => `  ${line}`);
}

/** Source indented by two spaces a level, re-indented by four as TypeScript emits it. */
function fourSpaces(line: string): string {
  const pad = /^ */.exec(line)?.[0].length ?? 0;
  return '    '.repeat(pad / 2) + line.slice(pad);
}

/** Comment lines by doc object: each form prints a member's comment, made once. */
const COMMENTS = new WeakMap<DocComment, readonly string[]>();

/**
 * A doc comment as ts-morph prints one (and TypeScript keeps it): `/** text *\/` when the
 * text is one line, else a line each; a description is set off from the tags by a blank line.
 */
function commentLines(doc: Doc): readonly string[] {
  if (doc === undefined) return [];
  if (typeof doc === 'string') return commentOf(doc);
  const known = COMMENTS.get(doc);
  if (known) return known;
  const tags = doc.tags.map((tag) => `@${tag.tagName} ${tag.text}`);
  const description = doc.description && tags.length > 0 ? `${doc.description}\n` : doc.description;
  const made = commentOf([...(description ? [description] : []), ...tags].join('\n'));
  COMMENTS.set(doc, made);
  return made;
}

function commentOf(text: string): string[] {
  const textLines = text.split(/\r?\n/);
  if (textLines.length <= 1) return [`/** ${text} */`];
  const body = textLines[0] === '' ? textLines.slice(1) : textLines;
  return ['/**', ...body.map((line) => (line === '' ? ' *' : ` * ${line}`)), ' */'];
}

/** Lines into one text. */
function lines(...parts: readonly (string | readonly string[])[]): string {
  // A loop, not parts.flat(): flat() was the emitter's costliest line on the real set.
  const all: string[] = [];
  for (const part of parts) {
    if (typeof part === 'string') all.push(part);
    else for (const line of part) all.push(line);
  }
  return all.join('\n');
}
