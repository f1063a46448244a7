// Reads the YAML front matter (is_dir, status, keywords) with `yaml`, mapping
// its errors to the doc's own line and column.
import type { Root } from 'mdast';
import { isMap, parseDocument } from 'yaml';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { FrontMatter } from '../model/types.js';

export interface FrontMatterResult {
  frontMatter?: FrontMatter;
  diagnostics: Diagnostic[];
}

export function readFrontMatter(tree: Root, path: string): FrontMatterResult {
  const node = tree.children[0];
  if (node?.type !== 'yaml') return missing(path);
  // The YAML text starts on the line after the opening `---`.
  return readYaml(node.value, (node.position?.start.line ?? 1) + 1, path);
}

/** The `---` block at the very start of a doc, as remark-frontmatter finds it: its YAML text without the last line end. */
const FRONT_MATTER = /^---[ \t]*\n(?:([\s\S]*?)\n)?---[ \t]*(?:\n|$)/;

/** The front matter read from the text alone, without parsing the Markdown (the same result as readFrontMatter). */
export function readFrontMatterText(text: string, path: string): FrontMatterResult {
  const match = FRONT_MATTER.exec(text);
  if (!match) return missing(path);
  return readYaml(match[1] ?? '', 2, path);
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
  const diagnostics: Diagnostic[] = [];
  const invalid = (key: string, expected: string): void => {
    diagnostics.push(
      createDiagnostic('frontmatter-invalid-type', `Front matter \`${key}\` must be ${expected}`, path, { line: fieldLine(key), column: 1 }),
    );
  };
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
