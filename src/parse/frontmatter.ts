// Reads the front matter (is_dir, status, keywords, title): YAML (`---`) with `yaml`, mapping
// its errors to the doc's own line and column, or TOML (`+++`) with smol-toml. Fields of other
// doc sets are ignored; a field of ours holding something else is a warning, never a stop.
import { parse as parseToml, TomlError } from 'smol-toml';
import { isMap, parseDocument } from 'yaml';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { FrontMatter } from '../model/types.js';

export interface FrontMatterResult {
  frontMatter?: FrontMatter;
  diagnostics: Diagnostic[];
}

/** Where a doc's front matter is: its YAML text and the lines it takes. */
export interface FrontMatterBlock {
  /** YAML between `---` fences, TOML between `+++` fences. */
  language: 'yaml' | 'toml';
  /** The text between the fences, without the line ends next to them. */
  value: string;
  /** 0-based index of the first line after the closing fence. */
  bodyLine: number;
}

/** The opening fence of front matter, on the first line: `---` (YAML) or `+++` (TOML). */
const FRONT_MATTER_OPENING = /^(---|\+\+\+)[ \t]*\n/;

/**
 * A doc that opens front matter and never closes it. remark then reads no front matter, and
 * (a quirk of micromark-extension-frontmatter 2) no list or block quote anywhere in the doc:
 * its items become paragraphs. Such a doc is reported, and parsed whole, never sliced.
 */
export function hasUnclosedFrontMatter(text: string): boolean {
  return /^(?:---|\+\+\+)[ \t]*(?:\n|$)/.test(text) && frontMatterBlock(text) === undefined;
}

/**
 * The one definition of a doc's front matter, as micromark-extension-frontmatter (which
 * remark-frontmatter registers) finds it: `---` and optional spaces alone on the first line,
 * closed by the first later line that is `---` and optional spaces, possibly the very next
 * one (`---\n---` is an empty block, whatever follows). Unclosed, there is none. The parser,
 * the no-parser path and the slicer all ask this, so they cannot disagree; a test holds it
 * to remark's own yaml node. Text is normalized (`\n` line ends, no BOM).
 */
export function frontMatterBlock(text: string): FrontMatterBlock | undefined {
  const opening = FRONT_MATTER_OPENING.exec(text);
  if (!opening) return undefined;
  const language = opening[1] === '+++' ? 'toml' : 'yaml';
  const close = language === 'toml' ? /^\+\+\+[ \t]*$/ : /^---[ \t]*$/;
  let lineStart = opening[0].length;
  for (let line = 1; lineStart <= text.length; line++) {
    const lineEnd = text.indexOf('\n', lineStart);
    const end = lineEnd === -1 ? text.length : lineEnd;
    if (close.test(text.slice(lineStart, end))) {
      // micromark reads NUL as U+FFFD, as CommonMark says (found by the fuzzer).
      return { language, value: text.slice(opening[0].length, Math.max(opening[0].length, lineStart - 1)).replaceAll('\0', '\uFFFD'), bodyLine: line + 1 };
    }
    if (lineEnd === -1) return undefined;
    lineStart = lineEnd + 1;
  }
  return undefined;
}

/** Reads the front matter of a doc's text (the same whether or not the doc is parsed). */
export function readFrontMatter(text: string, path: string): FrontMatterResult {
  const block = frontMatterBlock(text);
  if (block) {
    const key = `${block.language}\0${block.value}`;
    const known = cleanBlocks.get(key);
    if (known) return { frontMatter: known, diagnostics: [] };
    // The text starts on the line after the opening fence.
    const read = block.language === 'toml' ? readToml(block.value, 2, path) : readYaml(block.value, 2, path);
    if (read.frontMatter && read.diagnostics.length === 0) remember(key, read.frontMatter);
    return read;
  }
  if (hasUnclosedFrontMatter(text)) {
    const fence = text.startsWith('+++') ? '+++' : '---';
    return { diagnostics: [createDiagnostic('frontmatter-unclosed', `The front matter opened on line 1 has no closing \`${fence}\` line`, path, { line: 1, column: 1 })] };
  }
  return missing(path);
}

/**
 * Front matter read without a problem, by its block's text: an editor checks the same doc on
 * every keystroke, and its front matter seldom changes (YAML parsing is a third of the check).
 * Only clean reads are kept: their result holds no diagnostic tied to a path.
 */
const cleanBlocks = new Map<string, FrontMatter>();
const CLEAN_BLOCKS_MAX = 256;

function remember(key: string, frontMatter: FrontMatter): void {
  if (cleanBlocks.size >= CLEAN_BLOCKS_MAX) cleanBlocks.clear();
  cleanBlocks.set(key, frontMatter);
}

function missing(path: string): FrontMatterResult {
  return { diagnostics: [createDiagnostic('frontmatter-missing', 'The doc has no front matter', path, { line: 1, column: 1 })] };
}

function readYaml(value: string, firstLine: number, path: string): FrontMatterResult {
  const node = { value };
  const document = parseDocument(node.value, { prettyErrors: false });
  if (document.errors.length > 0) {
    const diagnostics = document.errors.map((error) => {
      const at = pointAt(node.value, error.pos[0]);
      const place = { line: firstLine + at.line - 1, column: at.column };
      return createDiagnostic('frontmatter-invalid-yaml', `Invalid YAML in front matter: ${firstSentence(error.message)}`, path, place);
    });
    return { diagnostics };
  }
  const contents = document.contents;
  const fieldLine = (key: string): number => {
    if (!isMap(contents)) return firstLine;
    const pair = contents.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
    const offset = (pair?.key as { range?: [number, number, number] } | null)?.range?.[0];
    return offset === undefined ? firstLine : firstLine + countNewlines(node.value.slice(0, offset));
  };
  let data: unknown;
  try {
    data = document.toJS();
  } catch (error) {
    // Parsed, but not convertible: an alias to an anchor that does not exist (`keywords: *x`).
    return {
      diagnostics: [
        createDiagnostic('frontmatter-invalid-yaml', `Invalid YAML in front matter: ${firstSentence((error as Error).message)}`, path, { line: firstLine, column: 1 }),
      ],
    };
  }
  return readFields(data, (key, expected) =>
    createDiagnostic('frontmatter-invalid-type', `Front matter \`${key}\` must be ${expected}; it is ignored`, path, { line: fieldLine(key), column: 1 }),
  );
}

/** TOML front matter (`+++`), as Hugo and Zola write it. */
function readToml(value: string, firstLine: number, path: string): FrontMatterResult {
  let data: unknown;
  try {
    data = parseToml(value);
  } catch (error) {
    const place = error instanceof TomlError ? { line: firstLine + error.line - 1, column: error.column } : { line: firstLine, column: 1 };
    return { diagnostics: [createDiagnostic('frontmatter-invalid-yaml', `Invalid TOML in front matter: ${firstSentence((error as Error).message)}`, path, place)] };
  }
  return readFields(data, (key, expected) => createDiagnostic('frontmatter-invalid-type', `Front matter \`${key}\` must be ${expected}; it is ignored`, path, { line: firstLine, column: 1 }));
}

/** The fields doc-codegen reads, each checked; `invalid` makes the diagnostic of a field of the wrong type. */
function readFields(data: unknown, invalidField: (key: string, expected: string) => Diagnostic): FrontMatterResult {
  const diagnostics: Diagnostic[] = [];
  const invalid = (key: string, expected: string): void => void diagnostics.push(invalidField(key, expected));
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    invalid('(front matter)', 'a mapping of keys to values');
    return { diagnostics };
  }
  const fields = data as Record<string, unknown>;
  const frontMatter: FrontMatter = { isDir: false, status: 1, keywords: [] };
  if (fields.is_dir !== undefined) {
    const isDir = typeof fields.is_dir === 'string' ? { true: true, false: false }[fields.is_dir.trim().toLowerCase()] : fields.is_dir;
    if (typeof isDir === 'boolean') frontMatter.isDir = isDir;
    else invalid('is_dir', 'true or false');
  }
  if (fields.status !== undefined) {
    const status = typeof fields.status === 'string' && /^\s*-?\d+\s*$/.test(fields.status) ? Number(fields.status) : fields.status;
    if (typeof status === 'number' && Number.isInteger(status)) frontMatter.status = status;
    else invalid('status', 'an integer (1 = online, 0 = offline)');
  }
  if (fields.keywords !== undefined && fields.keywords !== null) {
    // Text separated by commas (this doc set), or a list (most others: `keywords: [a, b]`).
    const items = Array.isArray(fields.keywords) ? fields.keywords : [fields.keywords];
    if (items.every((item) => typeof item === 'string' || typeof item === 'number')) {
      frontMatter.keywords = items
        .flatMap((item) => String(item).split(/[,，]/))
        .map((keyword) => keyword.trim())
        .filter((keyword) => keyword !== '');
    } else invalid('keywords', 'text, keywords separated by commas, or a list of them');
  }
  if (typeof fields.title === 'string' && fields.title.trim() !== '') frontMatter.title = fields.title.trim();
  return { frontMatter, diagnostics };
}

/** 1-based line and column of `offset` in `text` (UTF-16 offsets, as yaml reports them). */
function pointAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: countNewlines(before) + 1, column: before.length - lineStart + 1 };
}

function countNewlines(text: string): number {
  let count = 0;
  for (const char of text) if (char === '\n') count++;
  return count;
}

function firstSentence(message: string): string {
  return message.split('\n')[0] ?? message;
}
