// Parsing a text piece by piece (the pieces of scan/slice.ts, each starting at a hard
// boundary). Each piece's simple blocks are read directly (simple-blocks.ts); what is left
// of it, from the first block that reader is not certain of, is parsed by remark, several
// such parts at once (each parse costs a little of its own). Nodes are placed where their
// text stands in the whole, and all are joined under one root: the tree the whole text parses to.
import type { Root, RootContent } from 'mdast';
import { startsAfresh, type TextPiece } from '../scan/slice.js';
import { lineStarts, mapPoints, moveNode } from './positions.js';
import { parseMarkdown } from './processor.js';
import { readSimpleBlocks } from './simple-blocks.js';

/** How much text remark gets at once at least, when there is that much in a row for it. */
const REMARK_CHARS = 2048;

/**
 * The tree of `text`, parsed in `pieces` (which cover every non-blank line of it). With
 * `references` (the doc may define link references, which reach across pieces), remark reads
 * all it gets at once (withReferences).
 */
export function parseInPieces(text: string, pieces: readonly TextPiece[], references = false): Root {
  const starts = lineStarts(text);
  const lastLine = starts.length;
  const end = { line: lastLine, column: text.length - (starts[lastLine - 1] ?? 0) + 1, offset: text.length };
  const children = references ? withReferences(text, pieces, starts) : inPieces(text, pieces, starts);
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
}

function inPieces(text: string, pieces: readonly TextPiece[], starts: readonly number[]): RootContent[] {
  const children: RootContent[] = [];
  /** Lines left to remark, not parsed yet: from `from` to before `to`. */
  let pending: { from: number; to: number } | undefined;
  const parsePending = (): void => {
    if (!pending) return;
    // Only the first line of a text may start front matter: any other part starts after a line end.
    const lead = pending.from === 0 ? '' : '\n';
    const tree = parseMarkdown(lead + text.slice(starts[pending.from] ?? 0, (starts[pending.to] ?? text.length + 1) - 1));
    const shift = { lines: pending.from - (lead ? 1 : 0), offset: (starts[pending.from] ?? 0) - lead.length };
    for (const node of tree.children) {
      moveNode(node, shift);
      children.push(node);
    }
    pending = undefined;
  };
  for (const piece of pieces) {
    const read = readSimpleBlocks(piece.text, { lines: piece.line, offset: starts[piece.line] ?? 0 });
    if (read.nodes.length > 0) {
      parsePending();
      children.push(...read.nodes);
    }
    const pieceEnd = piece.line + read.total;
    if (read.stop !== undefined) {
      pending = { from: pending?.from ?? piece.line + read.lines, to: pieceEnd };
      if ((starts[pending.to] ?? text.length) - (starts[pending.from] ?? 0) >= REMARK_CHARS) parsePending();
    }
  }
  parsePending();
  return children;
}

/**
 * A doc that may define link references: the simple blocks are read (brackets that start no
 * inline link stop the reader: they may be references), and remark parses the rest at once,
 * with the lines read left empty; its offsets are then taken from lines and columns, which
 * stay. A piece's blocks are read only when what follows them starts afresh after blank
 * lines too: at column 0, and not as a list item (which could continue a list before them).
 */
function withReferences(text: string, pieces: readonly TextPiece[], starts: readonly number[]): RootContent[] {
  const simple: RootContent[] = [];
  const rest: string[] = [];
  let restEnd = 0;
  for (const piece of pieces) {
    const read = readSimpleBlocks(piece.text, { lines: piece.line, offset: starts[piece.line] ?? 0 }, true);
    if (read.nodes.length === 0 || (read.stop !== undefined && !startsAfresh(read.stop))) continue;
    const from = starts[piece.line] ?? 0;
    rest.push(text.slice(restEnd, from), '\n'.repeat(read.lines));
    restEnd = starts[piece.line + read.lines] ?? text.length;
    simple.push(...read.nodes);
  }
  rest.push(text.slice(restEnd));
  const parsed = parseMarkdown(rest.join('')).children;
  // Offsets from lines and columns, which the empty lines kept.
  for (const node of parsed) mapPoints(node, ({ line, column }) => ({ line, column, offset: (starts[line - 1] ?? 0) + column - 1 }));
  return mergeByOffset(simple, parsed);
}

/** Two runs of nodes, each in text order, as one. */
function mergeByOffset(first: readonly RootContent[], second: readonly RootContent[]): RootContent[] {
  const merged: RootContent[] = [];
  let index = 0;
  for (const node of second) {
    const offset = node.position?.start.offset ?? 0;
    while (index < first.length && (first[index]?.position?.start.offset ?? 0) < offset) merged.push(first[index++] as RootContent);
    merged.push(node);
  }
  merged.push(...first.slice(index));
  return merged;
}
