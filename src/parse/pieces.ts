// Parsing a text piece by piece (the pieces of scan/slice.ts, which start at hard boundaries):
// each piece is parsed alone, its nodes moved to where the piece stands in the text, and
// the pieces' nodes joined under one root, the tree the whole text parses to.
import type { Root } from 'mdast';
import type { TextPiece } from '../scan/slice.js';
import { parseMarkdown } from './processor.js';

type Position = NonNullable<Root['position']>;
type Point = Position['start'];

interface Shift {
  lines: number;
  offset: number;
}

/** The tree of `text`, parsed in `pieces` (which cover every non-blank line of it). */
export function parseInPieces(text: string, pieces: readonly TextPiece[]): Root {
  const lineOffsets = lineStarts(text);
  const children: Root['children'] = [];
  for (const piece of pieces) {
    // Only the first line of a text may start front matter: any other piece starts after a line end.
    const lead = piece.line === 0 ? '' : '\n';
    const tree = parseMarkdown(lead + piece.text);
    const shift = { lines: piece.line - (lead ? 1 : 0), offset: (lineOffsets[piece.line] ?? 0) - lead.length };
    for (const node of tree.children) {
      move(node, shift);
      children.push(node);
    }
  }
  const lastLine = lineOffsets.length;
  const end = { line: lastLine, column: text.length - (lineOffsets[lastLine - 1] ?? 0) + 1, offset: text.length };
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
}

/** The offset each line starts at. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

function movePoint(point: Point, shift: Shift): void {
  point.line += shift.lines;
  if (point.offset !== undefined) point.offset += shift.offset;
}

/** Moves a node and everything under it by `shift` (columns stay: pieces start at a line's start). */
function move(node: { position?: Position; children?: unknown[] }, shift: Shift): void {
  if (node.position) {
    movePoint(node.position.start, shift);
    movePoint(node.position.end, shift);
  }
  if (node.children) for (const child of node.children) move(child as { position?: Position; children?: unknown[] }, shift);
}
