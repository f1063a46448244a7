// Turns mdast phrasing content into the model's RichText and plain strings.
import type { Nodes, PhrasingContent, TableCell } from 'mdast';
import type { Link, RichText, SourceRef } from '../model/types.js';

const LINE_BREAK_TAG = /^<br\s*\/?>$/i;
const ANY_TAG = /<\/?[A-Za-z][^>]*>/g;
/** Tags that start or end a block (a list item, a list, a paragraph): their text goes on lines of its own. */
const BLOCK_TAG = /^<\/?(?:ul|ol|li|p|div)\b[^>]*>$/i;

/** Text with links kept as data: `<br>` and hard breaks become `\n`, other inline HTML is dropped. */
export function richText(nodes: readonly Nodes[]): RichText {
  const links: Omit<Link, 'href'>[] = [];
  const text = collect(nodes, links);
  return { text: tidy(text), links: links.map((link) => ({ ...link, href: link.target })) };
}

function collect(nodes: readonly Nodes[], links: Omit<Link, 'href'>[]): string {
  let out = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        out += node.value;
        break;
      case 'break':
        out += '\n';
        break;
      case 'html':
        out = appendHtml(out, node.value);
        break;
      case 'link': {
        const text = collect(node.children, links);
        links.push({ text: tidy(text), target: node.url });
        out += text;
        break;
      }
      case 'image':
        out += node.alt ?? '';
        break;
      default:
        if ('children' in node) out += collect(node.children as Nodes[], links);
    }
  }
  return out;
}

/** Inline HTML: `<br>` breaks the line; list items and other blocks go on lines of their own (once); other tags are dropped. */
function appendHtml(out: string, html: string): string {
  let text = out;
  for (const piece of html.split(/(<\/?[A-Za-z][^>]*>)/)) {
    if (LINE_BREAK_TAG.test(piece.trim())) text += '\n';
    else if (BLOCK_TAG.test(piece.trim())) text += text === '' || text.endsWith('\n') ? '' : '\n';
    else text += piece.replace(ANY_TAG, '');
  }
  return text;
}

/** Trims each line and the whole, folding runs of spaces (not newlines). */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .trim();
}

/** Plain text of nodes (links and code as their text). */
export function plainText(nodes: readonly Nodes[]): string {
  return richText(nodes).text;
}

/**
 * The raw value of a cell: the inline code's content when the cell is just inline code
 * (`` `0` ``), else its plain text.
 */
export function cellValueText(cell: TableCell): string {
  const meaningful = cell.children.filter((node) => !(node.type === 'text' && node.value.trim() === ''));
  const only = meaningful[0];
  if (meaningful.length === 1 && only?.type === 'inlineCode') return only.value.trim();
  return plainText(cell.children);
}

export function isEmptyRichText(text: RichText): boolean {
  return text.text === '' && text.links.length === 0;
}

/** The cell as optional RichText: undefined when empty. */
export function optionalRichText(children: readonly PhrasingContent[] | undefined): RichText | undefined {
  if (!children) return undefined;
  const text = richText(children);
  return isEmptyRichText(text) ? undefined : text;
}

/** Paragraphs as one RichText, separated by a blank line; undefined when all are empty. */
export function joinParagraphs(paragraphs: readonly RichText[]): RichText | undefined {
  const kept = paragraphs.filter((paragraph) => !isEmptyRichText(paragraph));
  if (kept.length === 0) return undefined;
  return { text: kept.map((paragraph) => paragraph.text).join('\n\n'), links: kept.flatMap((paragraph) => paragraph.links) };
}

export function sourceAt(path: string, node: Nodes, anchor?: string): SourceRef {
  const start = node.position?.start;
  const ref: SourceRef = { path, line: start?.line ?? 1, column: start?.column ?? 1 };
  if (anchor !== undefined) ref.anchor = anchor;
  return ref;
}

/** Where a cell's text is (without its pipe and padding), or the whole cell when it is empty. */
export function contentRangeAt(path: string, cell: TableCell): SourceRef {
  const first = cell.children[0]?.position?.start;
  const last = cell.children.at(-1)?.position?.end;
  if (!first || !last) return rangeAt(path, cell);
  return { path, line: first.line, column: first.column, end: { line: last.line, column: last.column } };
}

/** The node's start and end, for a diagnostic that marks the whole cell. */
export function rangeAt(path: string, node: Nodes, anchor?: string): SourceRef {
  const ref = sourceAt(path, node, anchor);
  const end = node.position?.end;
  if (end) ref.end = { line: end.line, column: end.column };
  return ref;
}
