// Reads the YAML front matter (is_dir, status, keywords) with `yaml`, mapping
// its errors to the doc's own line and column.
import { isMap, parseDocument } from 'yaml';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { FrontMatter } from '../model/types.js';

export interface FrontMatterResult {
  frontMatter?: FrontMatter;
  diagnostics: Diagnostic[];
}

/** Where a doc's front matter is: its YAML text and the lines it takes. */
export interface FrontMatterBlock {
  /** The YAML between the fences, without the line ends next to them. */
  value: string;
  /** 0-based index of the first line after the closing fence. */
  bodyLine: number;
}

/** The opening fence of front matter, on the first line. */
const FRONT_MATTER_OPENING = /^---[ \t]*\n/;

/**
 * A doc that opens front matter and never closes it. remark then reads no front matter, and
 * (a quirk of micromark-extension-frontmatter 2) no list or block quote anywhere in the doc:
 * its items become paragraphs. Such a doc is reported, and parsed whole, never sliced.
 */
export function hasUnclosedFrontMatter(text: string): boolean {
  return /^---[ \t]*(?:\n|$)/.test(text) && frontMatterBlock(text) === undefined;
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
  const close = /^---[ \t]*$/;
  let lineStart = opening[0].length;
  for (let line = 1; lineStart <= text.length; line++) {
    const lineEnd = text.indexOf('\n', lineStart);
    const end = lineEnd === -1 ? text.length : lineEnd;
    if (close.test(text.slice(lineStart, end))) {
      // micromark reads NUL as U+FFFD, as CommonMark says (found by the fuzzer).
      return { value: text.slice(opening[0].length, Math.max(opening[0].length, lineStart - 1)).replaceAll('\0', '\uFFFD'), bodyLine: line + 1 };
    }
    if (lineEnd === -1) return undefined;
    lineStart = lineEnd + 1;
  }
  return undefined;
}

/** Reads the front matter of a doc's text (the same whether or not the doc is parsed). */
export function readFrontMatter(text: string, path: string): FrontMatterResult {
  const block = frontMatterBlock(text);
  // The YAML text starts on the line after the opening `---`.
  if (block) return readYaml(block.value, 2, path);
  if (hasUnclosedFrontMatter(text)) {
    return { diagnostics: [createDiagnostic('frontmatter-unclosed', 'The front matter opened on line 1 has no closing `---` line', path, { line: 1, column: 1 })] };
  }
  return missing(path);
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
    createDiagnostic('frontmatter-invalid-type', `Front matter \`${key}\` must be ${expected}`, path, { line: fieldLine(key), column: 1 }),
  );
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
  let isDir = false;
  if (fields.is_dir !== undefined) {
    if (typeof fields.is_dir === 'boolean') isDir = fields.is_dir;
    else invalid('is_dir', 'true or false');
  }
  let status = 1;
  if (fields.status !== undefined) {
    if (typeof fields.status === 'number' && Number.isInteger(fields.status)) status = fields.status;
    else invalid('status', 'an integer (1 = online, 0 = offline)');
  }
  let keywords: string[] = [];
  if (fields.keywords !== undefined && fields.keywords !== null) {
    if (typeof fields.keywords === 'string' || typeof fields.keywords === 'number') {
      keywords = String(fields.keywords)
        .split(/[,，]/)
        .map((keyword) => keyword.trim())
        .filter((keyword) => keyword !== '');
    } else invalid('keywords', 'text, keywords separated by commas');
  }
  return { frontMatter: { isDir, status, keywords }, diagnostics };
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
