// Parsing a text piece by piece (the pieces of scan/slice.ts, each starting at a hard
// boundary). Each piece's simple blocks are read directly (simple-blocks.ts); what is left
// of it, from the first block that reader is not certain of, is parsed by remark, several
// such parts at once (each parse costs a little of its own). Nodes are placed where their
// text stands in the whole, and all are joined under one root: the tree the whole text parses to.
import type { Root } from 'mdast';
import type { TextPiece } from '../scan/slice.js';
import { lineStarts, moveNode } from './positions.js';
import { parseMarkdown } from './processor.js';
import { readSimpleBlocks } from './simple-blocks.js';

/** How much text remark gets at once at least, when there is that much in a row for it. */
const REMARK_CHARS = 2048;

/** The tree of `text`, parsed in `pieces` (which cover every non-blank line of it). */
export function parseInPieces(text: string, pieces: readonly TextPiece[]): Root {
  const starts = lineStarts(text);
  const children: Root['children'] = [];
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
    const pieceEnd = piece.line + piece.text.split('\n').length;
    if (piece.line + read.lines < pieceEnd) {
      pending = { from: pending?.from ?? piece.line + read.lines, to: pieceEnd };
      if ((starts[pending.to] ?? text.length) - (starts[pending.from] ?? 0) >= REMARK_CHARS) parsePending();
    }
  }
  parsePending();
  const lastLine = starts.length;
  const end = { line: lastLine, column: text.length - (starts[lastLine - 1] ?? 0) + 1, offset: text.length };
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
}
