// Positions of nodes read from part of a text: points from offsets, and whole trees moved
// to where their text stands in a larger one.
import type { Root } from 'mdast';

export type Position = NonNullable<Root['position']>;
export type Point = Position['start'];

/** How far a tree moves: lines down, and offsets on (columns stay: its text starts at a line's start). */
export interface Shift {
  lines: number;
  offset: number;
}

/** The offset each line of `text` starts at. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/**
 * Points of a text by offset, given its line starts (1-based lines and columns, as unist counts
 * them), moved by `shift` when the text is a piece of a larger one starting at a line's start.
 */
export function pointsOf(starts: readonly number[], shift: Shift = { lines: 0, offset: 0 }): (offset: number) => Point {
  let line = 0;
  return (offset) => {
    // Reads go mostly forward: step from the last line found.
    while (line > 0 && (starts[line] ?? 0) > offset) line--;
    while (line + 1 < starts.length && (starts[line + 1] ?? 0) <= offset) line++;
    return { line: line + 1 + shift.lines, column: offset - (starts[line] ?? 0) + 1, offset: offset + shift.offset };
  };
}

/** Every point under `node`, its own included, replaced by what `place` makes of it. */
export function mapPoints(node: { position?: Position; children?: unknown[] }, place: (point: Point) => Point): void {
  if (node.position) node.position = { start: place(node.position.start), end: place(node.position.end) };
  if (node.children) for (const child of node.children) mapPoints(child as { position?: Position; children?: unknown[] }, place);
}

/** Moves a node and everything under it by `shift`. */
export function moveNode(node: { position?: Position; children?: unknown[] }, shift: Shift): void {
  mapPoints(node, ({ line, column, offset }) => ({ line: line + shift.lines, column, offset: (offset ?? 0) + shift.offset }));
}
