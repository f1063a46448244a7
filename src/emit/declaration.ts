// What a generated module declares, described once: print.ts prints each declaration in
// the three forms the package ships (TypeScript source, JavaScript, declarations). The
// emitters (enums.ts, modules.ts) build these descriptions and never write a form by hand.
import type { DocComment } from './tsdoc.js';

export type Declaration = ImportDeclaration | TypeAliasDeclaration | UnionDeclaration | InterfaceDeclaration | ConstDeclaration | FunctionDeclaration | EnumDeclaration;

/** A doc comment: a description with tags, or one text. */
export type Doc = DocComment | string | undefined;

/** `import … from` (`reExport`: `export … from`); type-only ones have no JavaScript. */
export interface ImportDeclaration {
  kind: 'import';
  names: readonly string[];
  from: string;
  typeOnly: boolean;
  reExport?: boolean;
}

/** `export type name = type;`. */
export interface TypeAliasDeclaration {
  kind: 'type';
  name: string;
  doc?: Doc;
  /** Type parameters, without the brackets (`K extends PropertyKey`). */
  typeParameters?: string;
  type: string | MappedType;
}

/** `{ readonly [key]: type }`: one line in the source, one a member in declarations (as TypeScript prints it). */
export interface MappedType {
  /** The key clause inside the brackets: `L in Locale`. */
  key: string;
  type: string;
}

/** `export type name = a | b`, a value a line in the source, each with its comment. */
export interface UnionDeclaration {
  kind: 'union';
  name: string;
  doc?: Doc;
  members: readonly { value: string; doc?: Doc }[];
}

/** `export interface name { readonly … }`. */
export interface InterfaceDeclaration {
  kind: 'interface';
  name: string;
  doc?: Doc;
  properties: readonly { name: string; type: string; optional: boolean; doc?: Doc }[];
}

/** `const name: type = value;`, exported or module-private (no declaration). */
export interface ConstDeclaration {
  kind: 'const';
  name: string;
  doc?: Doc;
  exported: boolean;
  /** The annotation; an object type is a member a line. Undefined with `asConst`: the declaration's type comes from the value. */
  type?: string | ObjectType;
  value: Value;
  /** `as const`: the declared type is the object's, its properties readonly. */
  asConst?: boolean;
}

/** `{ member; … }`, a member a line. */
export interface ObjectType {
  members: readonly string[];
}

/** An expression: text the same in every form, an object literal a property a line, or a Map. */
export type Value = string | ObjectValue | MapValue;

export interface ObjectValue {
  properties: readonly Property[];
}

export interface Property {
  /** The key as written: an identifier, a literal or `[computed]`. */
  key: string;
  value: Value;
  doc?: Doc;
}

/** `new Map<typeArguments>([ entry a line ])`. */
export interface MapValue {
  typeArguments: string;
  entries: readonly string[];
  /**
   * Set for many entries: the entries typed as `[key, widened][]` first, then as the map's
   * (`as [number, string][] as [number, Name][]`). A literal of over a thousand distinct tuple
   * types is a union TypeScript cannot represent (TS2590).
   */
  widened?: string;
}

/** `export function name<typeParameters>(parameters): returnType { body }`. */
export interface FunctionDeclaration {
  kind: 'function';
  name: string;
  doc?: Doc;
  typeParameters?: string;
  parameters: readonly Parameter[];
  returnType: string;
  body: readonly Code[];
}

export interface Parameter {
  name: string;
  type: string;
  /** A default value: optional in the declaration. */
  initializer?: string;
}

/**
 * A line of a function body, indented two spaces a level as in the source: text, text with
 * type assertions (erased in JavaScript), or an `if` whose statement has no braces.
 */
export type Code = string | readonly (string | TypeAssertion)[] | BracelessIf;

export interface TypeAssertion {
  expression: string;
  as: string;
}

export interface BracelessIf {
  /** Levels of indentation in the body. */
  depth: number;
  if: string;
  then: string;
}

/** `expression as type`. */
export function asType(expression: string, type: string): TypeAssertion {
  return { expression, as: type };
}

/** `enum name { member = value, … }`. */
export interface EnumDeclaration {
  kind: 'enum';
  name: string;
  doc?: DocComment;
  members: readonly { name: string; value: number | string; doc?: DocComment }[];
}
