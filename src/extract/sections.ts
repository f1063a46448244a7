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
 * run of block nodes (a section may sit in any of them).
 */
export function flowContainers(tree: Root): RootContent[][] {
  const containers: RootContent[][] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'root' || node.type === 'blockquote' || node.type === 'listItem') containers.push(node.children as RootContent[]);
    if ('children' in node) for (const child of (node as Parent).children) visit(child as Nodes);
  };
  visit(tree);
  return containers;
}

/** Every table below `nodes`, in document order (tables may sit in list items and blockquotes). */
export function tablesIn(nodes: readonly Nodes[]): Table[] {
  const tables: Table[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'table') tables.push(node);
    else if ('children' in node) for (const child of (node as Parent).children) visit(child);
  };
  for (const node of nodes) visit(node);
  return tables;
}
