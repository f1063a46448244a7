// Headings, their sections and anchors, and a small walker over mdast.
import type { Heading, Nodes, Parent, Root, RootContent, Table } from 'mdast';
import { SECTION_NUMBER } from '../infer/headers.js';
import { plainText } from './cells.js';

/** An HTML `id="…"` attribute (global: use with matchAll, or exec after resetting). */
export const ID_ATTRIBUTE = /\bid\s*=\s*["']([^"']+)["']/gi;

/** A heading and the nodes of its section (up to the next heading of the same or a higher level). */
export interface Section {
  heading: Heading;
  name: string;
  anchor?: string;
  nodes: RootContent[];
  /** The section's own content: its nodes before the first subheading. */
  ownNodes: RootContent[];
}

/** The sections of a flat list of nodes (a root's or a list item's children). */
export function sectionsOf(children: readonly RootContent[]): Section[] {
  const sections: Section[] = [];
  children.forEach((node, index) => {
    if (node.type !== 'heading') return;
    let end = index + 1;
    while (end < children.length) {
      const next = children[end];
      if (next?.type === 'heading' && next.depth <= node.depth) break;
      end++;
    }
    const previous = children[index - 1];
    const nodes = children.slice(index + 1, end);
    const firstSubheading = nodes.findIndex((child) => child.type === 'heading');
    sections.push({
      heading: node,
      name: headingName(node),
      anchor: anchorIn(node) ?? (previous?.type === 'html' ? idOf(previous.value) : undefined),
      nodes,
      ownNodes: firstSubheading === -1 ? nodes : nodes.slice(0, firstSubheading),
    });
  });
  return sections;
}

/** Heading text without inline HTML. */
export function headingName(heading: Heading): string {
  return plainText(heading.children.filter((child) => child.type !== 'html'));
}


/** The heading's text as a definition's name: without inline HTML or a section number (`12.4 服务状态码` → `服务状态码`). */
export function definitionName(heading: Heading): string {
  return headingName(heading).replace(SECTION_NUMBER, '');
}

function anchorIn(heading: Heading): string | undefined {
  for (const child of heading.children) {
    if (child.type === 'html') {
      const id = idOf(child.value);
      if (id !== undefined) return id;
    }
  }
  return undefined;
}

function idOf(html: string): string | undefined {
  return html.matchAll(ID_ATTRIBUTE).next().value?.[1];
}

/**
 * The flow containers of a doc: the root, blockquotes and list items, each with its own
 * run of block nodes (a section may sit in any of them). Walked with a stack, not recursion:
 * a doc may nest block quotes or lists thousands deep.
 */
export function flowContainers(tree: Root): RootContent[][] {
  const containers: RootContent[][] = [];
  for (const node of depthFirst([tree])) {
    if (node.type === 'root' || node.type === 'blockquote' || node.type === 'listItem') containers.push(node.children as RootContent[]);
  }
  return containers;
}

/** Every table below `nodes`, in document order (tables may sit in list items and blockquotes). */
export function tablesIn(nodes: readonly Nodes[]): Table[] {
  const tables: Table[] = [];
  // A table's cells hold no tables: its children are not walked.
  for (const node of depthFirst(nodes, (parent) => parent.type !== 'table')) if (node.type === 'table') tables.push(node);
  return tables;
}

/** `nodes` and their descendants in document order (pre-order), by an explicit stack; `enter` decides whether a node's children are walked. */
function* depthFirst(nodes: readonly Nodes[], enter: (node: Nodes) => boolean = () => true): Generator<Nodes> {
  const stack: Nodes[] = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    yield node;
    if ('children' in node && enter(node)) {
      const children = (node as Parent).children as Nodes[];
      for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as Nodes);
    }
  }
}
