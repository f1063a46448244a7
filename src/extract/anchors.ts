// The anchors a doc offers to links: every HTML `id="…"` (`<span id="errortype"></span>`).
import type { Nodes, Parent } from 'mdast';

const ID_ATTRIBUTES = /\bid\s*=\s*["']([^"']+)["']/gi;

export function anchorsOf(tree: Nodes): string[] {
  const anchors = new Set<string>();
  const visit = (node: Nodes): void => {
    if (node.type === 'html') for (const match of node.value.matchAll(ID_ATTRIBUTES)) if (match[1]) anchors.add(match[1]);
    if ('children' in node) for (const child of (node as Parent).children) visit(child as Nodes);
  };
  visit(tree);
  return [...anchors];
}
