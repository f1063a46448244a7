// The data every stage shares. Stages import only these types from each other,
// so parse/ never sees ts-morph and emit/ never sees mdast.
import type { Root } from 'mdast';

/** A place in a doc: 1-based line and column, as editors count them. */
export interface Point {
  line: number;
  column: number;
}

/** Where a definition or member comes from. `path` is relative to the config's folder, with `/`. */
export interface SourceRef {
  path: string;
  line: number;
  column: number;
  /** The HTML anchor of the enclosing section (`<span id="…">`), when the doc gives one. */
  anchor?: string;
  /** Where the node ends, for diagnostics that mark a range (never kept in the model). */
  end?: Point;
}

export interface Link {
  text: string;
  /** The link as written in the doc. */
  target: string;
  /** Where it goes: links into the doc set become `docsBaseUrl + docId + #anchor`, and have none without docsBaseUrl. */
  href?: string;
  /** Set when the link points into the doc set. */
  docId?: string;
  anchor?: string;
}

/** Text of a cell or paragraph: plain text (links keep their text, `<br>` is a newline) plus its links. */
export interface RichText {
  text: string;
  links: Link[];
}

export interface FrontMatter {
  isDir: boolean;
  status: number;
  keywords: string[];
  /** The doc's title, where its front matter gives one: it names a table that has no heading above it. */
  title?: string;
}

/** A file found by discover: its bytes as text and a content hash. */
export interface SourceFile {
  /** Relative to the config's folder, with `/`. */
  path: string;
  docId: string;
  text: string;
  /** sha256 of the bytes, hex. */
  hash: string;
  /**
   * The text already parsed with doc-codegen's syntax (remark-parse, front matter, GFM tables),
   * by an editor's processor with the preset: read instead of parsing the text again.
   */
  mdast?: Root;
}

/** A parsed doc. Front matter is absent when the doc has none (a diagnostic says so). */
export interface Document {
  path: string;
  docId: string;
  hash: string;
  frontMatter?: FrontMatter;
  mdast: Root;
  /** The text parsed (blank where the fast path left lines out): for what must be read line by line as the prescan reads it. */
  text: string;
}

export type DefinitionKind = 'enum' | 'codes';

/** A member as the doc writes it, before naming and validation. */
/** What a member's row says besides its name and value: the same in the doc's row and in the model. */
export interface MemberText {
  description?: RichText;
  solution?: RichText;
  /** The string a Java-style row attaches: `NAME(2, "connecting")` → `connecting`. */
  label?: string;
  /** Columns the doc gives besides name, value and text, by header (an HTTP status, a category, a platform). */
  attributes?: Record<string, string>;
  /** Set on a member the doc names as another name of an earlier one (`ERR_A<br>ERR_B`): that member's name. */
  aliasOf?: string;
  /** The name cell marks the member deprecated (`[deprecated] kB`, `kB <br> **Deprecated**`, `已废弃`); TSDoc `@deprecated`. */
  deprecated?: true;
  source: SourceRef;
}

export interface RawMember extends MemberText {
  /** The name as written (a code for code tables). */
  name: string;
  /** The value cell's content: inline code text or bare text. */
  valueText: string;
  /** Where the value cell is, for value diagnostics. */
  valueSource: SourceRef;
  /** Where the name cell is, for name diagnostics (the whole cell). */
  nameSource: SourceRef;
  /** Other names the row gives the member (`ERR_A<br>ERR_B`): each becomes a member of the same value. */
  aliases?: string[];
}

/** What a recognizer finds in one doc. */
export interface Definition {
  kind: DefinitionKind;
  /** The heading text, or undefined when the definition has no heading (named by the config). */
  name?: string;
  /** The declaration's full name from its code block (`com.ss.….VideoEncoderConfig.VideoCodecType`), to tell apart enums of one name. */
  qualifiedName?: string;
  /** Set when the code block declares an unsigned type (`NS_ENUM(NSUInteger, …)`, `: uint8_t`): negative values are wrong. */
  unsigned?: boolean;
  docId: string;
  description?: RichText;
  source: SourceRef;
  members: RawMember[];
  /** Which recognizer made it, for verbose reports. */
  recognizer: string;
  /** For a table read by its content: the role each column got and why. */
  columns?: ColumnNote[];
}

/** The role a table's column got, and why (what its header and its cells said). */
export interface ColumnNote {
  header: string;
  role: string;
  reason: string;
}

export interface DocInfo {
  path: string;
  docId: string;
  hash: string;
  frontMatter: FrontMatter;
}

export interface Member extends MemberText {
  /** A valid TypeScript identifier, unique within its enum. */
  name: string;
  /** The name as the doc writes it, when it differs from `name`. */
  originalName?: string;
  value: number | string;
  /** The value as the doc writes it, when it is an expression or reference (`1 << 3`, `A \| B`). */
  valueText?: string;
  /** Text in other locales, by locale (from translated docs). */
  translations?: Record<string, Translation>;
}

export interface Translation {
  description?: RichText;
  solution?: RichText;
}

export interface EnumDef {
  /** A valid TypeScript identifier, unique within its module. */
  name: string;
  /** The name as the doc writes it, when it differs from `name`. */
  originalName?: string;
  /** Output module (one per source doc by default). */
  module: string;
  kind: DefinitionKind;
  valueType: 'number' | 'string';
  description?: RichText;
  /** The doc page of the definition, with its anchor when it has one (none without docsBaseUrl). */
  url?: string;
  source: SourceRef;
  /** In document order. */
  members: Member[];
  /** The description in other locales, by locale. */
  translations?: Record<string, Translation>;
  /** For a table read by its content: the role each column got and why. */
  columns?: ColumnNote[];
}

export const MODEL_SCHEMA_VERSION = 1;

/** The single source of truth the emitters read. JSON-serializable. */
export interface Model {
  schemaVersion: typeof MODEL_SCHEMA_VERSION;
  /** The locale of the docs, then the locales they are translated into. */
  locales: string[];
  /** Fallback chain per translated locale, ending in the docs' locale. */
  fallback: Record<string, string[]>;
  docs: DocInfo[];
  enums: EnumDef[];
}
