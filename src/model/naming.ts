// The one rule that turns names from docs into TypeScript identifiers.
//
// 1. A name that is already an identifier stays as it is. Identifiers are ASCII letters,
//    digits, `_` and `$`, plus the Chinese, Japanese and Korean scripts of the Basic
//    Multilingual Plane, which the docs use and every TypeScript version knows. Other
//    letters may be newer than a consumer's TypeScript (U+13460 is Unicode 16).
// 2. Otherwise each run of characters that cannot be in an identifier
//    (`.`, `-`, spaces, punctuation, other scripts) becomes one `_`, and `_` at either end is
//    dropped; accented letters keep their base letter (`café` → `cafe`):
//    `InternalError.RPC` → `InternalError_RPC`, `not found` → `not_found`.
// 3. A name that then starts with a character that cannot start an identifier
//    (a digit) gets a leading `_`: `404` → `_404`. A negative number keeps its sign as a
//    word, so it never names the same as the positive one: `-1` → `_minus_1`.
// 4. Names that would misbehave at run time or in a declaration get a trailing `_`:
//    `__proto__` always; reserved words where a declaration name is needed (enum names).
// The original text is kept in the model (`originalName`) and JSON.

const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';
/** A CJK character of the Basic Multilingual Plane that may stand in an identifier. */
const CJK_PART = `(?:(?=[\\u0000-\\uffff])(?=[${CJK}])\\p{ID_Continue})`;
const IDENTIFIER = new RegExp(`^(?:[A-Za-z$_]|${CJK_PART})(?:[A-Za-z0-9$_]|${CJK_PART})*$`, 'u');
const NOT_IDENTIFIER_PART = new RegExp(`(?:(?![A-Za-z0-9$_])(?!${CJK_PART})[\\s\\S])+`, 'gu');
const IDENTIFIER_START = new RegExp(`^(?:[A-Za-z$_]|${CJK_PART})`, 'u');

/** Words that cannot name a declaration (`enum X`, `const X`, `type X`). */
const RESERVED_WORDS = new Set([
  'await', 'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do',
  'else', 'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'implements', 'import',
  'in', 'instanceof', 'interface', 'let', 'new', 'null', 'package', 'private', 'protected', 'public',
  'return', 'static', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while',
  'with', 'yield', 'any', 'boolean', 'never', 'number', 'object', 'string', 'symbol', 'undefined', 'unknown',
  'bigint', 'arguments', 'eval',
]);

/** Property names that assign a prototype or shadow one in object literals and enums. */
const UNSAFE_PROPERTY_NAMES = new Set(['__proto__']);

export function isReservedWord(text: string): boolean {
  return RESERVED_WORDS.has(text);
}

export function isIdentifierName(text: string): boolean {
  return IDENTIFIER.test(text);
}

/** A valid member name (an IdentifierName that is safe as an object key). */
export function toMemberIdentifier(name: string): string {
  const base = sanitize(name);
  return UNSAFE_PROPERTY_NAMES.has(base) ? `${base}_` : base;
}

/** A valid declaration name (not a reserved word). */
export function toDeclarationIdentifier(name: string): string {
  const base = toMemberIdentifier(name);
  return RESERVED_WORDS.has(base) ? `${base}_` : base;
}

const CJK_CHAR = new RegExp(`[${CJK}]`, 'u');

function sanitize(name: string): string {
  const text = name.normalize('NFC').trim().replace(/^-\s*(?=\d)/, '_minus_');
  if (isIdentifierName(text)) return text;
  // Accented letters keep their base letter (`café` → `cafe`); CJK stays composed (Hangul syllables).
  const plain = text.replace(/[^\u0000-\u007f]/gu, (char) => (CJK_CHAR.test(char) ? char : char.normalize('NFD').replace(/\p{M}/gu, '')));
  const joined = plain.replace(NOT_IDENTIFIER_PART, '_').replace(/^_+|_+$/g, '');
  if (joined === '') return '_';
  return IDENTIFIER_START.test(joined) ? joined : `_${joined}`;
}

/** Words as one PascalCase identifier part: `OpenAPI` → `OpenApi`, `status codes` → `StatusCodes`. */
export function toPascalCase(words: readonly string[]): string {
  const parts = words.flatMap((word) => word.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+/g) ?? [word]);
  return parts.map((part) => (part[0]?.toUpperCase() ?? '') + part.slice(1).toLowerCase()).join('');
}

/**
 * The name suggested for a definition whose heading reads as a sentence: its last two Latin
 * words (`The full list of status codes` → `StatusCodes`), else the doc id's words after
 * `Codes`. Always an identifier, never the doc id's dashes or dots (`ucloud-urtc` → `CodesUcloudUrtc`).
 */
export function nameForSentence(heading: string, docId: string): string {
  const words = heading.match(/[A-Za-z][A-Za-z0-9]*/g) ?? [];
  return toPascalCase(words.length > 0 ? words.slice(-2) : ['Codes', ...docId.split(/[^A-Za-z0-9]+/).filter((part) => part !== '')]);
}

/** `ErrorType` → `errorType`, for local names derived from a declaration name. */
export function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** Names of the helpers generated beside an enum, derived in one place. */
export function helperNames(enumName: string) {
  const lower = lowerFirst(enumName);
  return {
    name: `${enumName}Name`,
    guard: `is${enumName}`,
    toEnum: `to${enumName}`,
    getName: `get${enumName}Name`,
    namesMap: `${lower}Names`,
    messages: `${lower}Messages`,
    getMessage: `get${enumName}Message`,
  };
}

/** The package's own modules: the root index and the shared message module. A doc's module may not take their names. */
export const PACKAGE_MODULES = { index: 'index', message: 'message' } as const;

/** Module names become file names and subpath exports: letters, digits, `.`, `_`, `-`, never a path. */
const MODULE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Why `module` cannot name doc `docId`'s module (a file and a subpath export), or undefined when it can. */
export function whyNotAModuleName(module: string, docId: string): string | undefined {
  if (!MODULE_NAME.test(module)) return `Doc id \`${docId}\` cannot name a module (file and subpath export)`;
  const lower = module.toLowerCase();
  if (Object.values(PACKAGE_MODULES).some((name) => name === lower)) return `Module \`${module}\` (doc ${docId}) cannot name a module: it is the name of the package's own ${lower} module`;
  if (lower.endsWith('.d')) return `Module \`${module}\` (doc ${docId}) cannot name a module: its files would end in .d.ts and .d.js, which TypeScript reads as declarations`;
  if (!fitsFileName(`${module}${LONGEST_MODULE_SUFFIX}`)) return `Module \`${module.slice(0, 40)}…\` (doc ${docId}) cannot name a module: its file names would be longer than file systems allow (${MAX_FILE_NAME_BYTES} bytes)`;
  return undefined;
}

/** The longest name a file system takes for one file (ext4, APFS, NTFS: 255 bytes or UTF-16 units). */
export const MAX_FILE_NAME_BYTES = 255;

/** The longest ending of a module's files (`locales/<locale>/<module>.icu.json`). */
const LONGEST_MODULE_SUFFIX = '.icu.json';

/** Whether `name` can be one file's name everywhere. */
export function fitsFileName(name: string): boolean {
  return Buffer.byteLength(name) <= MAX_FILE_NAME_BYTES;
}

/** Why an enum's name cannot name its JSON file (`json/<module>/<Enum>.json`), or undefined when it can. */
export function whyNotAFileName(enumName: string): string | undefined {
  if (fitsFileName(`${enumName}.json`)) return undefined;
  return `Enum name \`${enumName.slice(0, 40)}…\` is ${enumName.length} characters long: its JSON file's name would be longer than file systems allow (${MAX_FILE_NAME_BYTES} bytes)`;
}

/** The type of catalog entries ({ message, solution? }), imported by every module. */
export const CATALOG_TYPE_NAME = 'Message';

/** Names a module declares for an enum: the enum and its helpers. */
export function exportedNames(enumName: string): string[] {
  return [enumName, ...Object.values(helperNames(enumName))];
}

/** A name with white space between words reads as a sentence (`The full list of status codes`), not as a name. */
export function isSentence(name: string): boolean {
  return /\S\s+\S/.test(name.trim());
}
